namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>The dates and parent of a task, as the window selection needs them.</summary>
public readonly record struct GanttSpan(Guid Id, Guid? ParentId, DateOnly? Start, DateOnly? Finish);

/// <summary>A link between two tasks, as the window selection needs it.</summary>
public readonly record struct GanttLinkEnds(Guid Id, Guid PredecessorId, Guid SuccessorId);

/// <summary>Which tasks and links a Gantt window shows.</summary>
/// <param name="TaskIds">Tasks whose dates intersect the window, and every ancestor of one (so the tree can be drawn).</param>
/// <param name="Links">Links with at least one end shown; <c>CrossesWindow</c> when the other end is not.</param>
public sealed record GanttSelection(IReadOnlySet<Guid> TaskIds, IReadOnlyList<(GanttLinkEnds Link, bool CrossesWindow)> Links);

/// <summary>
/// Selects the content of a Gantt window [from, to] (both days included). A task intersects when it starts on or
/// before <c>to</c> and finishes on or after <c>from</c>; a task with only one date is a point on that date; a task
/// without dates is not drawn. A summary task is shown whenever one of its descendants is, even when its own
/// (stored) dates lie outside the window. A link is shown when both its tasks are, and flagged as crossing the
/// window's edge when only one of them is, so the chart can draw an arrow off the edge.
/// </summary>
public static class GanttWindow
{
    public static GanttSelection Select(IReadOnlyList<GanttSpan> tasks, IReadOnlyList<GanttLinkEnds> links, DateOnly from, DateOnly to)
    {
        var parents = new Dictionary<Guid, Guid?>(tasks.Count);
        foreach (var task in tasks)
        {
            parents[task.Id] = task.ParentId;
        }

        var shown = new HashSet<Guid>();
        foreach (var task in tasks)
        {
            if (!Intersects(task, from, to))
            {
                continue;
            }

            // Walk up until an ancestor already shown: each task is climbed through at most once overall.
            for (Guid? id = task.Id; id is { } current && shown.Add(current);)
            {
                id = parents.GetValueOrDefault(current);
            }
        }

        var shownLinks = new List<(GanttLinkEnds, bool)>();
        foreach (var link in links)
        {
            var predecessor = shown.Contains(link.PredecessorId);
            var successor = shown.Contains(link.SuccessorId);
            if (predecessor || successor)
            {
                shownLinks.Add((link, predecessor != successor));
            }
        }

        return new GanttSelection(shown, shownLinks);
    }

    public static bool Intersects(GanttSpan task, DateOnly from, DateOnly to)
    {
        if ((task.Start ?? task.Finish) is not { } start || (task.Finish ?? task.Start) is not { } finish)
        {
            return false;
        }

        return start <= to && finish >= from;
    }
}
