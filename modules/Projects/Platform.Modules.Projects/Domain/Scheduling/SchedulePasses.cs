namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// The two passes of the scheduler over the working-day axis, each one loop over the graph's topological order.
/// Link rules, with the predecessor at [Sp, Ep), the successor at [Ss, Es) and lag L:
/// FS Ss &gt;= Ep + L; SS Ss &gt;= Sp + L; FF Es &gt;= Ep + L; SF Es &gt;= Sp + L.
/// </summary>
internal static class SchedulePasses
{
    private const int NoLower = SchedulingProblem.NoLowerBound;
    private const int NoUpper = SchedulingProblem.NoUpperBound;

    /// <summary>
    /// Earliest dates. A task that nothing constrains starts on its own start, never before
    /// <paramref name="projectStart"/>; a constrained one at the earliest point its predecessors (and the links into its
    /// summaries) allow, never before <paramref name="projectStart"/>. Summaries roll up their children.
    /// </summary>
    /// <param name="keepFixed">Whether manual tasks keep their dates (false only for what-if passes).</param>
    public static (int[] Start, int[] End) Forward(SchedulingProblem problem, int projectStart, bool keepFixed)
    {
        var graph = problem.Graph;
        var n = graph.TaskCount;
        var start = new int[n];
        var end = new int[n];
        var startBound = new int[n];
        var finishBound = new int[n];
        foreach (var node in graph.Order)
        {
            var task = graph.TaskOfNode(node);
            if (node != task)
            {
                RollUp(graph, task, start, end);
                continue;
            }

            var parent = graph.Parent[task];
            var earliestStart = parent == ScheduleGraph.None ? NoLower : startBound[parent];
            var earliestFinish = parent == ScheduleGraph.None ? NoLower : finishBound[parent];
            for (var k = graph.IncomingStart[task]; k < graph.IncomingStart[task + 1]; k++)
            {
                var link = graph.IncomingList[k];
                if (graph.LinkIgnored[link])
                {
                    continue;
                }

                var predecessor = graph.LinkPredecessor[link];
                var lag = graph.LinkLag[link];
                switch (graph.LinkType[link])
                {
                    case DependencyType.FinishToStart: earliestStart = Math.Max(earliestStart, end[predecessor] + lag); break;
                    case DependencyType.StartToStart: earliestStart = Math.Max(earliestStart, start[predecessor] + lag); break;
                    case DependencyType.FinishToFinish: earliestFinish = Math.Max(earliestFinish, end[predecessor] + lag); break;
                    default: earliestFinish = Math.Max(earliestFinish, start[predecessor] + lag); break;
                }
            }

            startBound[task] = earliestStart;
            finishBound[task] = earliestFinish;
            if (graph.IsSummary(task))
            {
                continue;
            }

            if (keepFixed && problem.IsFixed[task])
            {
                start[task] = problem.FixedStart[task];
                end[task] = problem.FixedEnd[task];
                continue;
            }

            var duration = problem.Duration[task];
            int first;
            if (earliestStart == NoLower && earliestFinish == NoLower)
            {
                // Unconstrained: its own start is where the user put it (an anchor), as long as the project has begun.
                first = problem.OwnStart[task] == NoLower ? projectStart : Math.Max(problem.OwnStart[task], projectStart);
            }
            else
            {
                first = Math.Max(projectStart, earliestStart);
                if (earliestFinish != NoLower)
                {
                    first = Math.Max(first, earliestFinish - duration);
                }
            }

            start[task] = first;
            end[task] = first + duration;
        }

        return (start, end);
    }

    /// <summary>
    /// Latest dates. A task finishes at the latest point its successors (and the links out of its summaries) allow, and
    /// never after <paramref name="finishLimit"/>; a milestone's day is never after <paramref name="milestoneLimit"/>.
    /// Summaries roll up their children.
    /// </summary>
    public static (int[] Start, int[] End) Backward(SchedulingProblem problem, int finishLimit, int milestoneLimit, bool keepFixed)
    {
        var graph = problem.Graph;
        var n = graph.TaskCount;
        var start = new int[n];
        var end = new int[n];
        var startBound = new int[n];
        var finishBound = new int[n];
        var order = graph.Order;
        for (var o = order.Length - 1; o >= 0; o--)
        {
            var node = order[o];
            var task = graph.TaskOfNode(node);
            if (node != graph.OutNode[task])
            {
                RollUp(graph, task, start, end);
                continue;
            }

            var parent = graph.Parent[task];
            var latestStart = parent == ScheduleGraph.None ? NoUpper : startBound[parent];
            var latestFinish = parent == ScheduleGraph.None ? NoUpper : finishBound[parent];
            for (var k = graph.OutgoingStart[task]; k < graph.OutgoingStart[task + 1]; k++)
            {
                var link = graph.OutgoingList[k];
                if (graph.LinkIgnored[link])
                {
                    continue;
                }

                var successor = graph.LinkSuccessor[link];
                var lag = graph.LinkLag[link];
                switch (graph.LinkType[link])
                {
                    case DependencyType.FinishToStart: latestFinish = Math.Min(latestFinish, start[successor] - lag); break;
                    case DependencyType.StartToStart: latestStart = Math.Min(latestStart, start[successor] - lag); break;
                    case DependencyType.FinishToFinish: latestFinish = Math.Min(latestFinish, end[successor] - lag); break;
                    default: latestStart = Math.Min(latestStart, end[successor] - lag); break;
                }
            }

            startBound[task] = latestStart;
            finishBound[task] = latestFinish;
            if (graph.IsSummary(task))
            {
                continue;
            }

            if (keepFixed && problem.IsFixed[task])
            {
                start[task] = problem.FixedStart[task];
                end[task] = problem.FixedEnd[task];
                continue;
            }

            var duration = problem.Duration[task];
            var last = Math.Min(duration == 0 ? milestoneLimit : finishLimit, latestFinish);
            if (latestStart != NoUpper)
            {
                last = Math.Min(last, latestStart + duration);
            }

            start[task] = last - duration;
            end[task] = last;
        }

        return (start, end);
    }

    private static void RollUp(ScheduleGraph graph, int task, int[] start, int[] end)
    {
        var first = int.MaxValue;
        var last = int.MinValue;
        for (var k = graph.ChildStart[task]; k < graph.ChildStart[task + 1]; k++)
        {
            var child = graph.ChildList[k];
            first = Math.Min(first, start[child]);
            last = Math.Max(last, end[child]);
        }

        start[task] = first;
        end[task] = last;
    }
}
