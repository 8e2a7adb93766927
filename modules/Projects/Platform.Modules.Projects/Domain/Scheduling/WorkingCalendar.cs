namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Which days are working days for a project: its working weekdays minus its non-working dates (holidays and
/// project days off). Scheduling counts durations and lags in these days. Every working day has an ordinal (the
/// count of working days before it), precomputed once, so adding and counting working days is O(1) whatever the
/// distance: the scheduler works on ordinals and turns them into dates only at the end.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly WorkingWeekdays _weekdays;
    private readonly HashSet<DateOnly> _nonWorkingDates;
    private readonly WorkingDayOrdinals _ordinals;

    public WorkingCalendar(WorkingWeekdays weekdays, IEnumerable<DateOnly> nonWorkingDates)
    {
        if (weekdays == WorkingWeekdays.None)
        {
            throw new ArgumentException("A working calendar needs at least one working weekday.", nameof(weekdays));
        }

        _weekdays = weekdays;
        _nonWorkingDates = [.. nonWorkingDates];
        _ordinals = new WorkingDayOrdinals(weekdays.Days(), _nonWorkingDates);
    }

    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingCalendar Standard { get; } = new(WorkingWeekdays.MondayToFriday, []);

    public WorkingWeekdays Weekdays => _weekdays;

    public IReadOnlyCollection<DateOnly> NonWorkingDates => _nonWorkingDates;

    public bool IsWorkingDay(DateOnly date) => _ordinals.IsWorkingDay(date);

    /// <summary><paramref name="date"/> itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => _ordinals.DateOf(_ordinals.OnOrAfter(date));

    /// <summary><paramref name="date"/> itself when it is a working day, else the last working day before it.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => _ordinals.DateOf(_ordinals.OnOrBefore(date));

    /// <summary>
    /// The working day <paramref name="days"/> working days after (negative: before) <paramref name="from"/>; a
    /// non-working <paramref name="from"/> first moves to the next working day (previous when going back).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days) =>
        _ordinals.DateOf((days < 0 ? _ordinals.OnOrBefore(from) : _ordinals.OnOrAfter(from)) + days);

    /// <summary>The working days from <paramref name="start"/> to <paramref name="finish"/>, both included; 0 when finish is before start.</summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly finish) =>
        finish < start ? 0 : Math.Max(0, _ordinals.OnOrBefore(finish) + 1 - _ordinals.OnOrAfter(start));

    /// <summary>The finish of a task of <paramref name="durationDays"/> working days starting on <paramref name="start"/> (0 or 1 day: the start day).</summary>
    public DateOnly FinishFor(DateOnly start, int durationDays) =>
        _ordinals.DateOf(_ordinals.OnOrAfter(start) + Math.Max(durationDays - 1, 0));

    /// <summary>The ordinal of the first working day on or after <paramref name="date"/>.</summary>
    internal int OrdinalOnOrAfter(DateOnly date) => _ordinals.OnOrAfter(date);

    /// <summary>The ordinal of the last working day on or before <paramref name="date"/>.</summary>
    internal int OrdinalOnOrBefore(DateOnly date) => _ordinals.OnOrBefore(date);

    /// <summary>The working day with the given ordinal.</summary>
    internal DateOnly DateOfOrdinal(int ordinal) => _ordinals.DateOf(ordinal);
}
