using System.Globalization;
using System.Xml.Linq;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>Reads the values of MSPDI elements, reporting those that do not parse with the field they are in.</summary>
internal static class MspdiElements
{
    private static readonly XNamespace Ns = MspdiReader.Namespace;

    public static string? Text(XElement parent, string name) => parent.Element(Ns + name)?.Value;

    public static bool Flag(XElement parent, string name) => Text(parent, name)?.Trim() is "1" or "true";

    public static int? Int(XElement parent, string name, string field, List<MspdiError> errors)
    {
        var text = Text(parent, name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new MspdiError($"{field}.{char.ToLowerInvariant(name[0])}{name[1..]}", $"{name} '{text}' is not a whole number."));
        return null;
    }

    /// <summary>
    /// The calendar day of a date-time. A finish at midnight ends the day before (the day's work is over by then), as
    /// some tools write finishes.
    /// </summary>
    public static DateOnly? Date(XElement parent, string name, string field, List<MspdiError> errors, bool finish)
    {
        var text = Text(parent, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var value))
        {
            errors.Add(new MspdiError($"{field}.{char.ToLowerInvariant(name[0])}{name[1..]}", $"{name} '{text}' is not a date and time (yyyy-MM-ddTHH:mm:ss)."));
            return null;
        }

        var date = DateOnly.FromDateTime(value);
        return finish && value.TimeOfDay == TimeSpan.Zero && name == "Finish" ? date.AddDays(-1) : date;
    }

    public static int? OutlineLevelOf(string? outlineNumber) =>
        string.IsNullOrWhiteSpace(outlineNumber) ? null : outlineNumber.Trim() == "0" ? 0 : outlineNumber.Split('.').Length;
}
