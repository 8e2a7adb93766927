namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Classic critical path analysis (CPM) over a project's schedule. The forward pass is the scheduler's (manual tasks
/// keep their dates) and gives the early start and finish; the backward pass from the project's finish gives the late
/// ones, for manual tasks too, so a manual task placed later than its successors allow shows negative float.
/// Total float is late start minus early start in whole working days; the axis is integral, so there is no rounding
/// and "critical" is exactly float &lt;= 0 (zero on the longest chain, negative where a manual task or a backward
/// constraint already makes the project late). A summary's float is the least of its children's.
/// </summary>
public static class CriticalPathCalculator
{
    /// <summary>
    /// Computes every task's early and late dates, total float and critical flag, the critical tasks (leaves, by early
    /// start) and the project's first and last working day.
    /// </summary>
    /// <param name="tasks">The project's tasks.</param>
    /// <param name="links">Its dependencies.</param>
    /// <param name="calendar">Its working calendar.</param>
    /// <param name="projectStart">
    /// Where unconstrained tasks without a start begin; by default the earliest start (or finish) of any task.
    /// </param>
    public static CriticalPath Compute(
        IReadOnlyList<SchedulableTask> tasks, IReadOnlyList<SchedulableLink> links, WorkingCalendar calendar, DateOnly? projectStart = null)
    {
        var problem = SchedulingProblem.Create(tasks, links, calendar);
        var n = tasks.Count;
        if (n == 0)
        {
            var day = projectStart ?? DateOnly.MinValue;
            return new CriticalPath(new Dictionary<Guid, TaskSchedule>(), [], day, day);
        }

        var origin = projectStart is { } given ? calendar.OrdinalOnOrAfter(given) : EarliestOwnDate(problem);
        var (earlyStart, earlyEnd) = SchedulePasses.Forward(problem, origin, keepFixed: true);
        var finish = int.MinValue;
        var firstDay = int.MaxValue;
        var lastDay = int.MinValue;
        for (var i = 0; i < n; i++)
        {
            finish = Math.Max(finish, earlyEnd[i]);
            firstDay = Math.Min(firstDay, earlyStart[i]);
            lastDay = Math.Max(lastDay, earlyEnd[i] > earlyStart[i] ? earlyEnd[i] - 1 : earlyStart[i]);
        }

        var (lateStart, lateEnd) = SchedulePasses.Backward(problem, finishLimit: finish, milestoneLimit: finish, keepFixed: false);
        var totalFloat = Floats(problem.Graph, earlyStart, lateStart);

        var schedules = new Dictionary<Guid, TaskSchedule>(n);
        var critical = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var isCritical = totalFloat[i] <= 0;
            schedules[tasks[i].Id] = new TaskSchedule(
                tasks[i].Id,
                calendar.DateOfOrdinal(earlyStart[i]),
                problem.FinishDate(earlyStart[i], earlyEnd[i]),
                calendar.DateOfOrdinal(lateStart[i]),
                problem.FinishDate(lateStart[i], lateEnd[i]),
                totalFloat[i],
                isCritical);
            if (isCritical && !problem.Graph.IsSummary(i))
            {
                critical.Add(i);
            }
        }

        critical.Sort((a, b) => earlyStart[a] != earlyStart[b] ? earlyStart[a].CompareTo(earlyStart[b])
            : earlyEnd[a] != earlyEnd[b] ? earlyEnd[a].CompareTo(earlyEnd[b])
            : a.CompareTo(b));
        return new CriticalPath(schedules, critical.ConvertAll(i => tasks[i].Id), calendar.DateOfOrdinal(firstDay), calendar.DateOfOrdinal(lastDay));
    }

    /// <summary>Late start minus early start for leaves; the least float of their children for summaries.</summary>
    private static int[] Floats(ScheduleGraph graph, int[] earlyStart, int[] lateStart)
    {
        var floats = new int[graph.TaskCount];
        foreach (var node in graph.Order)
        {
            var task = graph.TaskOfNode(node);
            if (node != graph.OutNode[task])
            {
                continue;
            }

            if (!graph.IsSummary(task))
            {
                floats[task] = lateStart[task] - earlyStart[task];
                continue;
            }

            // Children's out-nodes come before their parent's in the order, so their floats are known here.
            var least = int.MaxValue;
            for (var k = graph.ChildStart[task]; k < graph.ChildStart[task + 1]; k++)
            {
                least = Math.Min(least, floats[graph.ChildList[k]]);
            }

            floats[task] = least;
        }

        return floats;
    }

    /// <summary>The earliest own start of any task, else the earliest own finish, else the calendar's first working day.</summary>
    private static int EarliestOwnDate(SchedulingProblem problem)
    {
        var earliest = int.MaxValue;
        for (var i = 0; i < problem.Tasks.Count; i++)
        {
            if (problem.OwnStart[i] != SchedulingProblem.NoLowerBound)
            {
                earliest = Math.Min(earliest, problem.OwnStart[i]);
            }
            else if (problem.IsFixed[i])
            {
                earliest = Math.Min(earliest, problem.FixedStart[i]);
            }
        }

        if (earliest == int.MaxValue)
        {
            foreach (var task in problem.Tasks)
            {
                if (task.Finish is { } finish)
                {
                    earliest = Math.Min(earliest, problem.Calendar.OrdinalOnOrAfter(finish));
                }
            }
        }

        return earliest == int.MaxValue ? problem.Calendar.OrdinalOnOrAfter(DateOnly.MinValue) : earliest;
    }
}
