namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>The arithmetic of a leave type's accrual rule: the yearly grant, the year-end carry-over and its expiry.</summary>
internal static class LeaveAccrual
{
    /// <summary>Rounds to the nearest half day; a quarter rounds up (2.25 → 2.5, 2.2 → 2.0, 2.75 → 3.0).</summary>
    public static decimal RoundToHalfDay(decimal days) => Math.Round(days * 2m, MidpointRounding.AwayFromZero) / 2m;

    /// <summary>
    /// The days granted for <paramref name="year"/> to someone employed from <paramref name="employedFrom"/> to
    /// <paramref name="employedTo"/> (null: still employed). Pro-rating counts the calendar days employed in the year
    /// against the days of the year and rounds to the nearest half day; nobody employed in the year gets nothing.
    /// </summary>
    public static decimal AnnualGrant(LeaveType type, DateOnly employedFrom, DateOnly? employedTo, int year)
    {
        if (!type.UsesBalance || type.DaysPerYear <= 0)
        {
            return 0m;
        }

        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var from = employedFrom > yearStart ? employedFrom : yearStart;
        var to = employedTo is { } end && end < yearEnd ? end : yearEnd;
        if (from > to)
        {
            return 0m;
        }

        if (!type.ProRateForJoiners)
        {
            return type.DaysPerYear;
        }

        var daysEmployed = to.DayNumber - from.DayNumber + 1;
        var daysInYear = yearEnd.DayNumber - yearStart.DayNumber + 1;
        return RoundToHalfDay(type.DaysPerYear * daysEmployed / daysInYear);
    }

    /// <summary>
    /// Splits what is left of a year at its end into the days carried into the next year (up to the cap) and the
    /// days that lapse. A negative or zero remainder carries nothing and lapses nothing: an overdrawn balance stays
    /// in its year for HR to settle with an adjustment.
    /// </summary>
    public static (decimal Carried, decimal Lapsed) SettleYearEnd(LeaveType type, decimal remaining)
    {
        if (remaining <= 0)
        {
            return (0m, 0m);
        }

        var carried = Math.Min(remaining, Math.Max(0m, type.CarryOverMaxDays));
        return (carried, remaining - carried);
    }

    /// <summary>The day carried days entering <paramref name="year"/> lapse, or null when they never do.</summary>
    public static DateOnly? CarryOverExpiryDate(LeaveType type, int year) =>
        type.CarryOverExpiryMonths is { } months ? new DateOnly(year, 1, 1).AddMonths(months) : null;

    /// <summary>
    /// The carried days that lapse on the expiry date: leave taken before that date uses carried days first, and
    /// what remains of them lapses, but never more than the balance holds (expiry does not overdraw a balance).
    /// </summary>
    /// <param name="carriedIn">Days carried into the year.</param>
    /// <param name="usedBeforeExpiry">Days of leave taken on days before the expiry date.</param>
    /// <param name="balance">The year's balance now.</param>
    public static decimal ExpiringCarriedDays(decimal carriedIn, decimal usedBeforeExpiry, decimal balance) =>
        Math.Max(0m, Math.Min(carriedIn - Math.Max(0m, usedBeforeExpiry), balance));
}
