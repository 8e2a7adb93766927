namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Which days are working days for a project: its working weekdays minus its non-working dates (holidays and
/// project days off). Scheduling counts durations and lags in these days.
/// </summary>
public sealed class WorkingCalendar
{
    // A year without a single working day means the calendar is broken; stepping further would loop for ever.
    private const int MaxDaysWithoutWork = 366;

    private readonly WorkingWeekdays _weekdays;
    private readonly HashSet<DateOnly> _nonWorkingDates;

    public WorkingCalendar(WorkingWeekdays weekdays, IEnumerable<DateOnly> nonWorkingDates)
    {
        if (weekdays == WorkingWeekdays.None)
        {
            throw new ArgumentException("A working calendar needs at least one working weekday.", nameof(weekdays));
        }

        _weekdays = weekdays;
        _nonWorkingDates = [.. nonWorkingDates];
    }

    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingCalendar Standard { get; } = new(WorkingWeekdays.MondayToFriday, []);

    public WorkingWeekdays Weekdays => _weekdays;

    public IReadOnlyCollection<DateOnly> NonWorkingDates => _nonWorkingDates;

    public bool IsWorkingDay(DateOnly date) => _weekdays.Includes(date.DayOfWeek) && !_nonWorkingDates.Contains(date);

    /// <summary><paramref name="date"/> itself when it is a working day, else the first working day after it.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => Step(date, 1);

    /// <summary><paramref name="date"/> itself when it is a working day, else the last working day before it.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => Step(date, -1);

    /// <summary>
    /// The working day <paramref name="days"/> working days after (negative: before) <paramref name="from"/>; a
    /// non-working <paramref name="from"/> first moves to the next working day (previous when going back).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var direction = days < 0 ? -1 : 1;
        var date = Step(from, direction);
        for (var remaining = Math.Abs(days); remaining > 0; remaining--)
        {
            date = Step(date.AddDays(direction), direction);
        }

        return date;
    }

    /// <summary>The working days from <paramref name="start"/> to <paramref name="finish"/>, both included; 0 when finish is before start.</summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly finish)
    {
        var count = 0;
        for (var date = start; date <= finish; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The finish of a task of <paramref name="durationDays"/> working days starting on <paramref name="start"/> (0 or 1 day: the start day).</summary>
    public DateOnly FinishFor(DateOnly start, int durationDays) =>
        AddWorkingDays(NextWorkingDay(start), Math.Max(durationDays - 1, 0));

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var i = 0; i < MaxDaysWithoutWork; i++)
        {
            if (IsWorkingDay(date))
            {
                return date;
            }

            date = date.AddDays(direction);
        }

        throw new InvalidOperationException("The calendar has no working day within a year of " + date + ".");
    }
}
