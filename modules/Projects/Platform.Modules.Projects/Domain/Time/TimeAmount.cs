namespace Platform.Modules.Projects.Domain.Time;

/// <summary>
/// Hours as the API speaks them and minutes as they are kept. An amount of hours is rounded to the nearest whole
/// minute (0.1 h is 6 minutes, 1/3 h sent as 0.3333 is 20); what rounds to nothing is refused, as is more than a day.
/// A timer's elapsed time is rounded to the nearest minute too, with one minute as the least it records.
/// </summary>
public static class TimeAmount
{
    public const int MinutesPerDay = 24 * 60;

    /// <summary>The minutes of <paramref name="hours"/>, or null when it is not more than 0 and at most 24 hours.</summary>
    public static int? MinutesOf(decimal hours)
    {
        if (hours <= 0 || hours > 24)
        {
            return null;
        }

        var minutes = (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero);
        return minutes is >= 1 and <= MinutesPerDay ? minutes : null;
    }

    /// <summary>Minutes as hours, with up to four decimals (20 minutes are 0.3333 h).</summary>
    public static decimal HoursOf(int minutes) => Math.Round(minutes / 60m, 4, MidpointRounding.AwayFromZero);

    /// <summary>The minutes a timer records for <paramref name="elapsed"/>: the nearest whole minute, at least one.</summary>
    public static int TimerMinutes(TimeSpan elapsed)
    {
        var minutes = (long)Math.Round(Math.Max(0, elapsed.TotalMinutes), MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(minutes, 1, int.MaxValue);
    }
}
