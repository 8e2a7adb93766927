using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>A task's start, finish (due) and duration in working days.</summary>
internal readonly record struct TaskDateSpan(DateOnly? Start, DateOnly? Due, int? Duration)
{
    public const int MaxDuration = 10_000;

    /// <summary>
    /// Makes start, due date and duration agree in the project's working calendar. Start + duration gives the due date;
    /// start + due date gives the duration; due date + duration gives the start. When all three are sent and disagree,
    /// what the client changed wins: an unchanged due date (compared with <paramref name="previous"/>) yields to the
    /// duration, as when a task's start or length is edited in a plan; otherwise (a new due date, or a new task) the due
    /// date wins and the duration is recounted. A duration of 0 marks a point in time (start = due).
    /// </summary>
    public static TaskDateSpan Resolve(TaskDateSpan requested, TaskDateSpan? previous, WorkingCalendar calendar)
    {
        var (start, due, duration) = requested;
        switch (start, due, duration)
        {
            case ({ } s, { } d, { } n):
                if (Finish(calendar, s, n) == d)
                {
                    return requested;
                }

                return previous is { } before && before.Due == d
                    ? new(s, Finish(calendar, s, n), n)
                    : new(s, d, calendar.WorkingDaysBetween(s, d));
            case ({ } s, { } d, null):
                return new(s, d, calendar.WorkingDaysBetween(s, d));
            case ({ } s, null, { } n):
                return new(s, Finish(calendar, s, n), n);
            case (null, { } d, { } n):
                return new(n == 0 ? d : calendar.AddWorkingDays(calendar.PreviousWorkingDay(d), -(n - 1)), d, n);
            default:
                return requested;
        }
    }

    private static DateOnly Finish(WorkingCalendar calendar, DateOnly start, int duration) =>
        duration == 0 ? start : calendar.FinishFor(start, duration);
}
