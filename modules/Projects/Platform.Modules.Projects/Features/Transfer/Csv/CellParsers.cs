using System.Globalization;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>Parses the cells of task files, reporting what does not parse with the column it is in.</summary>
internal static class CellParsers
{
    public static DateOnly? Date(string? value, string column, Action<string, string> report)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        report(column, $"'{value}' is not a date (yyyy-MM-dd).");
        return null;
    }

    public static int? Whole(string? value, string column, int min, int max, Action<string, string> report)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        report(column, $"'{value}' is not a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>Hours: not negative, at most two decimals' worth of sense (100,000 hours is a typo).</summary>
    public static decimal? Hours(string? value, string column, Action<string, string> report)
    {
        if (value is null)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours <= 100_000m)
        {
            return hours;
        }

        report(column, $"'{value}' is not a number of hours (0-100000, '.' as the decimal point).");
        return null;
    }

    public static T? Enum<T>(string? value, string column, Action<string, string> report)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !value.Any(char.IsDigit))
        {
            return parsed;
        }

        report(column, $"'{value}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    public static IReadOnlyList<string> List(string? value) =>
        value?.Split(TaskColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
}
