using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>
/// The part of a project the scheduler works on, as the engine's records. A task belongs to the plan when it has a
/// date or a dependency, and so do the ancestors of such tasks (as summaries); a task with neither is a to-do without
/// a place in time and is left alone, so that linking two tasks never puts dates on every other task of the project.
/// </summary>
internal sealed record ScheduleInput(IReadOnlyList<SchedulableTask> Tasks, IReadOnlyList<SchedulableLink> Links)
{
    public static ScheduleInput From(IReadOnlyCollection<ProjectTask> tasks, IReadOnlyCollection<TaskDependency> dependencies, WorkingCalendar calendar)
    {
        var byId = tasks.ToDictionary(t => t.Id);
        var planned = new HashSet<Guid>();
        foreach (var dependency in dependencies)
        {
            planned.Add(dependency.PredecessorId);
            planned.Add(dependency.SuccessorId);
        }

        foreach (var task in tasks)
        {
            if (task.StartDate is not null || task.DueDate is not null)
            {
                planned.Add(task.Id);
            }
        }

        foreach (var id in planned.ToList())
        {
            // Up the parent chain; the seen-set also stops at a parent cycle in stored data.
            var seen = new HashSet<Guid> { id };
            for (var parent = byId.GetValueOrDefault(id)?.ParentId; parent is { } p && byId.ContainsKey(p) && seen.Add(p); parent = byId[p].ParentId)
            {
                planned.Add(p);
            }
        }

        var schedulable = tasks
            .Where(t => planned.Contains(t.Id))
            .Select(t => new SchedulableTask(t.Id, t.SchedulingMode, t.StartDate, t.DueDate, DurationOf(t, calendar), t.ParentId))
            .ToList();
        var links = dependencies
            .Where(d => byId.ContainsKey(d.PredecessorId) && byId.ContainsKey(d.SuccessorId))
            .Select(d => new SchedulableLink(d.PredecessorId, d.SuccessorId, d.Type, d.LagDays))
            .ToList();
        return new ScheduleInput(schedulable, links);
    }

    /// <summary>
    /// The task's duration; without one, the working days its dates span (a task entered with dates keeps its length),
    /// else one day.
    /// </summary>
    public static int DurationOf(ProjectTask task, WorkingCalendar calendar) =>
        task.DurationDays ?? (task.StartDate is { } start && task.DueDate is { } due ? Math.Max(1, calendar.WorkingDaysBetween(start, due)) : 1);
}
