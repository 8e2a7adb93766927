using System.Text;
using Platform.Modules.Hr.Features.Directory.VCards;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class VCardWriterTests
{
    private static readonly Guid Id = Guid.Parse("0193a000-0000-7000-8000-000000000001");

    [Fact]
    public void A_card_is_version_4_with_crlf_lines_and_the_work_fields()
    {
        var card = VCardWriter.Write([new VCardContact(Id, "Ana", "Lima", "Developer", "Engineering", "ana@example.com", "+49 30 1234")]);

        Assert.Equal(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nUID:urn:uuid:0193a000-0000-7000-8000-000000000001\r\nFN:Ana Lima\r\nN:Lima;Ana;;;\r\n" +
            "TITLE:Developer\r\nORG:Engineering\r\nEMAIL;TYPE=work:ana@example.com\r\nTEL;VALUE=text;TYPE=work,voice:+49 30 1234\r\nEND:VCARD\r\n",
            card);
    }

    [Fact]
    public void Missing_fields_are_left_out_and_several_cards_follow_each_other()
    {
        var cards = VCardWriter.Write([new VCardContact(Id, "Ana", "Lima", null, null, null, null), new VCardContact(Id, "Ben", "Ode", null, null, null, null)]);

        Assert.Equal(2, cards.Split("BEGIN:VCARD").Length - 1);
        Assert.DoesNotContain("TITLE", cards, StringComparison.Ordinal);
        Assert.DoesNotContain("EMAIL", cards, StringComparison.Ordinal);
        Assert.EndsWith("FN:Ben Ode\r\nN:Ode;Ben;;;\r\nEND:VCARD\r\n", cards, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R&D, Berlin", @"R&D\, Berlin")]
    [InlineData("Sales; EMEA", @"Sales\; EMEA")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    [InlineData("line one\nline two", @"line one\nline two")]
    [InlineData("line one\r\nline two", @"line one\nline two")]
    public void Text_values_escape_commas_semicolons_backslashes_and_newlines(string value, string escaped) =>
        Assert.Equal(escaped, VCardWriter.Escape(value));

    [Fact]
    public void Compound_names_escape_each_component()
    {
        var card = VCardWriter.Write([new VCardContact(Id, "Jean;Luc", "O,Neil", null, null, null, null)]);
        Assert.Contains("\r\nN:O\\,Neil;Jean\\;Luc;;;\r\n", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_and_unfold_to_the_original()
    {
        var title = string.Concat(Enumerable.Repeat("Principal Engineer ", 12)).Trim();
        var card = VCardWriter.Write([new VCardContact(Id, "Ana", "Lima", title, null, null, null)]);

        var lines = card.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        Assert.Contains("TITLE:" + title + "\r\n", card.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Folding_never_splits_a_multi_byte_character()
    {
        // 'ü' is two octets and the emoji four (a surrogate pair in UTF-16): a fold in their middle would corrupt them.
        var name = string.Concat(Enumerable.Repeat("Müller👍", 20));
        var builder = new StringBuilder();
        VCardWriter.Line(builder, "FN:" + name);

        var physical = builder.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(physical.Length > 1);
        Assert.All(physical, line =>
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75);
            Assert.False(char.IsHighSurrogate(line[^1]), "a line ends inside a surrogate pair");
        });
        Assert.Equal("FN:" + name, builder.ToString().Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }
}
