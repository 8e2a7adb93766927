using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>
/// Writes a report as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote
/// or line break). Numbers and dates are invariant (1234.5, 2026-11-26), decimals with at most two places. A field that a spreadsheet would take for
/// a formula (starting with =, +, - or @) is prefixed with an apostrophe, since task titles are user input.
/// </summary>
internal sealed class ReportCsv
{
    private readonly StringBuilder _text = new();

    public ReportCsv(params string[] headers) => Row(headers);

    public ReportCsv Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Escape(Format(fields[i])));
        }

        _text.Append("\r\n");
        return this;
    }

    public FileContentHttpResult ToFile(string fileName) =>
        TypedResults.File(Encoding.UTF8.GetBytes(_text.ToString()), "text/csv; charset=utf-8", fileName);

    public override string ToString() => _text.ToString();

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Providers hand back a scale of their own (4 from one, 4.00 from another): the file should not depend on it.
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}

/// <summary>The <c>format</c> query parameter of the reports.</summary>
internal static class ReportFormat
{
    /// <summary>Whether CSV was asked for; null (with an error added) for an unknown format.</summary>
    public static bool? IsCsv(string? format, Platform.Sdk.Http.ValidationErrors errors)
    {
        switch (format?.ToLowerInvariant())
        {
            case null or "" or "json":
                return false;
            case "csv":
                return true;
            default:
                errors.Add("format", "format is json (default) or csv.");
                return null;
        }
    }
}
