namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>
/// Which days of one employee are working days and how much of each: the working weekdays of their work week, less
/// the holidays of their location's calendar (a half-day holiday leaves half a working day).
/// </summary>
internal sealed class WorkingDayCalendar
{
    /// <summary>Monday to Friday: the work week of employees without a work schedule.</summary>
    public static readonly IReadOnlySet<DayOfWeek> MondayToFriday = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    private readonly IReadOnlySet<DayOfWeek> _workingDays;
    private readonly IReadOnlyDictionary<DateOnly, bool> _holidays;

    /// <param name="workingDays">The weekdays the employee works.</param>
    /// <param name="holidays">Holiday dates of the employee's calendar, each with whether only half the day is off.</param>
    public WorkingDayCalendar(IReadOnlySet<DayOfWeek> workingDays, IReadOnlyDictionary<DateOnly, bool> holidays)
    {
        _workingDays = workingDays;
        _holidays = holidays;
    }

    /// <summary>The share of <paramref name="date"/> that is working time: 1, 0.5 (half-day holiday) or 0.</summary>
    public decimal WorkingShare(DateOnly date)
    {
        if (!_workingDays.Contains(date.DayOfWeek))
        {
            return 0m;
        }

        return _holidays.TryGetValue(date, out var isHalfDay) ? (isHalfDay ? 0.5m : 0m) : 1m;
    }

    /// <summary>
    /// The working days a request takes: each day counts the part of it requested (a half day counts 0.5), but never
    /// more than its working share, so weekends and holidays count nothing and a half-day holiday at most half.
    /// </summary>
    public decimal CountDays(LeavePeriod period)
    {
        var total = 0m;
        for (var date = period.Start; date <= period.End; date = date.AddDays(1))
        {
            total += Math.Min(period.CoverageOf(date).Share(), WorkingShare(date));
        }

        return total;
    }
}
