using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Modules.Projects.Domain.Time;

/// <summary>An ISO 8601 week such as <c>2026-W48</c>: Monday to Sunday, week 1 holds the year's first Thursday.</summary>
public readonly partial record struct IsoWeek(int Year, int Week)
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>The seven dates of the week, Monday first.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, 7).Select(Monday.AddDays);

    /// <summary>The week a date falls in.</summary>
    public static IsoWeek Of(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>Parses <c>yyyy-Www</c> (e.g. 2026-W48); false for anything else or a week the year does not have.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    [GeneratedRegex(@"^(?<year>\d{4})-?W(?<week>\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
