using System.Text;

namespace Platform.Modules.Hr.Features.Directory.VCards;

/// <summary>The work details of one person as a vCard shows them; never personal fields.</summary>
internal sealed record VCardContact(Guid Id, string FirstName, string LastName, string? JobTitle, string? Organisation, string? WorkEmail, string? WorkPhone);

/// <summary>
/// Writes vCards as RFC 6350 (version 4.0) defines them: CRLF line ends, lines folded at 75 octets of UTF-8 (never
/// inside a character), and text values escaped (backslash, comma, semicolon and newlines).
/// </summary>
internal static class VCardWriter
{
    public const string ContentType = "text/vcard";

    private const int MaxLineOctets = 75;

    public static string Write(IEnumerable<VCardContact> contacts)
    {
        var output = new StringBuilder();
        foreach (var contact in contacts)
        {
            Append(output, contact);
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, VCardContact contact)
    {
        Line(output, "BEGIN:VCARD");
        Line(output, "VERSION:4.0");
        Line(output, "KIND:individual");
        Line(output, $"UID:urn:uuid:{contact.Id}");
        Line(output, "FN:" + Escape($"{contact.FirstName} {contact.LastName}".Trim()));
        Line(output, $"N:{Escape(contact.LastName)};{Escape(contact.FirstName)};;;");
        if (!string.IsNullOrWhiteSpace(contact.JobTitle))
        {
            Line(output, "TITLE:" + Escape(contact.JobTitle));
        }

        if (!string.IsNullOrWhiteSpace(contact.Organisation))
        {
            Line(output, "ORG:" + Escape(contact.Organisation));
        }

        if (!string.IsNullOrWhiteSpace(contact.WorkEmail))
        {
            Line(output, "EMAIL;TYPE=work:" + Escape(contact.WorkEmail));
        }

        if (!string.IsNullOrWhiteSpace(contact.WorkPhone))
        {
            Line(output, "TEL;VALUE=text;TYPE=work,voice:" + Escape(contact.WorkPhone));
        }

        Line(output, "END:VCARD");
    }

    /// <summary>Escapes a text value (RFC 6350 3.4): backslash, comma and semicolon get a backslash, newlines become \n.</summary>
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                default:
                    escaped.Append(value[i]);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Appends a content line folded at 75 octets (RFC 6350 3.2): each continuation starts with one space, which
    /// counts towards its 75. A character's UTF-8 bytes (or a surrogate pair) are never split across lines.
    /// </summary>
    public static void Line(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(line, i, length);
            octets += size;
            i += length;
        }

        output.Append("\r\n");
    }
}
