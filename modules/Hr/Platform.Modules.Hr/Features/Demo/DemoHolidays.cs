using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Demo;

/// <summary>Public holidays of the demo company's two offices, worked out for any year (Easter-based ones included).</summary>
internal static class DemoHolidays
{
    public static IEnumerable<(DateOnly Date, string Name, bool HalfDay)> Berlin(int year)
    {
        var easter = EasterSunday(year);
        yield return (new DateOnly(year, 1, 1), "New Year's Day", false);
        yield return (new DateOnly(year, 3, 8), "International Women's Day", false);
        yield return (easter.AddDays(-2), "Good Friday", false);
        yield return (easter.AddDays(1), "Easter Monday", false);
        yield return (new DateOnly(year, 5, 1), "Labour Day", false);
        yield return (easter.AddDays(39), "Ascension Day", false);
        yield return (easter.AddDays(50), "Whit Monday", false);
        yield return (new DateOnly(year, 10, 3), "German Unity Day", false);
        yield return (new DateOnly(year, 12, 24), "Christmas Eve (afternoon)", true);
        yield return (new DateOnly(year, 12, 25), "Christmas Day", false);
        yield return (new DateOnly(year, 12, 26), "Second Day of Christmas", false);
        yield return (new DateOnly(year, 12, 31), "New Year's Eve (afternoon)", true);
    }

    public static IEnumerable<(DateOnly Date, string Name, bool HalfDay)> Lisbon(int year)
    {
        var easter = EasterSunday(year);
        yield return (new DateOnly(year, 1, 1), "New Year's Day", false);
        yield return (easter.AddDays(-2), "Good Friday", false);
        yield return (new DateOnly(year, 4, 25), "Freedom Day", false);
        yield return (new DateOnly(year, 5, 1), "Labour Day", false);
        yield return (easter.AddDays(60), "Corpus Christi", false);
        yield return (new DateOnly(year, 6, 10), "Portugal Day", false);
        yield return (new DateOnly(year, 6, 13), "Saint Anthony's Day", false);
        yield return (new DateOnly(year, 8, 15), "Assumption Day", false);
        yield return (new DateOnly(year, 10, 5), "Republic Day", false);
        yield return (new DateOnly(year, 11, 1), "All Saints' Day", false);
        yield return (new DateOnly(year, 12, 1), "Restoration of Independence", false);
        yield return (new DateOnly(year, 12, 8), "Immaculate Conception", false);
        yield return (new DateOnly(year, 12, 25), "Christmas Day", false);
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static HolidayCalendar Calendar(string name, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name, CreatedAt = now, UpdatedAt = now };
}
