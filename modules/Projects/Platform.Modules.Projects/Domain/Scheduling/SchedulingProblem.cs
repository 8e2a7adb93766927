namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// The tasks of one scheduling run on the working-day axis. A working day's ordinal comes from the calendar; a task
/// occupies the points [start, end) of that axis, so a task of D days has end = start + D and a milestone has
/// start = end. Its first day is the working day <c>start</c>, its last (inclusive Finish) the working day <c>end - 1</c>;
/// a milestone's date is the working day <c>start</c>: the morning it is reached.
/// </summary>
internal sealed class SchedulingProblem
{
    /// <summary>No bound: a lower bound below every point.</summary>
    public const int NoLowerBound = int.MinValue;

    /// <summary>No bound: an upper bound above every point.</summary>
    public const int NoUpperBound = int.MaxValue;

    private SchedulingProblem(IReadOnlyList<SchedulableTask> tasks, WorkingCalendar calendar, Dictionary<Guid, int> indexOf, ScheduleGraph graph)
    {
        Tasks = tasks;
        Calendar = calendar;
        IndexOf = indexOf;
        Graph = graph;
        Duration = new int[tasks.Count];
        IsFixed = new bool[tasks.Count];
        FixedStart = new int[tasks.Count];
        FixedEnd = new int[tasks.Count];
        OwnStart = new int[tasks.Count];
    }

    public IReadOnlyList<SchedulableTask> Tasks { get; }

    public WorkingCalendar Calendar { get; }

    public Dictionary<Guid, int> IndexOf { get; }

    public ScheduleGraph Graph { get; }

    /// <summary>Working days each task takes (for fixed tasks: the span of their own dates).</summary>
    public int[] Duration { get; }

    /// <summary>Manual tasks with at least one date: they keep their dates.</summary>
    public bool[] IsFixed { get; }

    public int[] FixedStart { get; }

    public int[] FixedEnd { get; }

    /// <summary>The first working day on or after a task's own start, or <see cref="NoLowerBound"/>.</summary>
    public int[] OwnStart { get; }

    public static SchedulingProblem Create(IReadOnlyList<SchedulableTask> tasks, IReadOnlyList<SchedulableLink> links, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(calendar);
        var indexOf = new Dictionary<Guid, int>(tasks.Count);
        for (var i = 0; i < tasks.Count; i++)
        {
            if (!indexOf.TryAdd(tasks[i].Id, i))
            {
                throw new ArgumentException($"Task {tasks[i].Id} is listed twice.", nameof(tasks));
            }
        }

        var problem = new SchedulingProblem(tasks, calendar, indexOf, ScheduleGraph.Build(tasks, links, indexOf));
        for (var i = 0; i < tasks.Count; i++)
        {
            problem.Place(i, tasks[i]);
        }

        return problem;
    }

    private void Place(int i, SchedulableTask task)
    {
        var duration = Math.Max(0, task.DurationDays);
        Duration[i] = duration;
        // An automatic task keeps its own place unless its predecessors push it: its start, or, entered with a due date
        // only, the start that lets it finish on that date.
        OwnStart[i] = task switch
        {
            { Start: { } own } => Calendar.OrdinalOnOrAfter(own),
            { Finish: { } due } when duration == 0 => Calendar.OrdinalOnOrAfter(due),
            { Finish: { } due } => Calendar.OrdinalOnOrBefore(due) + 1 - duration,
            _ => NoLowerBound,
        };
        if (task.Mode != SchedulingMode.Manual || (task.Start is null && task.Finish is null))
        {
            return;
        }

        int start, end;
        if (task.Start is { } s && task.Finish is { } f)
        {
            start = Calendar.OrdinalOnOrAfter(s);
            end = s == f && duration == 0 ? start : Math.Max(start, Calendar.OrdinalOnOrBefore(f) + 1);
        }
        else if (task.Start is { } onlyStart)
        {
            start = Calendar.OrdinalOnOrAfter(onlyStart);
            end = start + duration;
        }
        else
        {
            var finish = task.Finish!.Value;
            end = duration == 0 ? Calendar.OrdinalOnOrAfter(finish) : Calendar.OrdinalOnOrBefore(finish) + 1;
            start = end - duration;
        }

        IsFixed[i] = true;
        FixedStart[i] = start;
        FixedEnd[i] = end;
        Duration[i] = end - start;
    }

    /// <summary>
    /// The dates of every task from its points; fixed (manual) tasks report their own dates unchanged, so a caller
    /// can tell that they did not move.
    /// </summary>
    public Dictionary<Guid, TaskDates> DatesOf(int[] start, int[] end)
    {
        var dates = new Dictionary<Guid, TaskDates>(Tasks.Count);
        for (var i = 0; i < Tasks.Count; i++)
        {
            var task = Tasks[i];
            if (IsFixed[i] && !Graph.IsSummary(i))
            {
                dates[task.Id] = new TaskDates(
                    task.Start ?? Calendar.DateOfOrdinal(start[i]),
                    task.Finish ?? FinishDate(start[i], end[i]));
                continue;
            }

            dates[task.Id] = new TaskDates(Calendar.DateOfOrdinal(start[i]), FinishDate(start[i], end[i]));
        }

        return dates;
    }

    /// <summary>The inclusive last working day of the span [start, end); a milestone's own day when it is empty.</summary>
    public DateOnly FinishDate(int start, int end) => Calendar.DateOfOrdinal(end > start ? end - 1 : start);
}
