using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>
/// Reschedules a project's automatic tasks inside the caller's unit of work: it sees the caller's pending changes
/// (tasks and dependencies added, changed or removed but not saved yet), sets the new dates on the tracked tasks it
/// moves and publishes their projects.task-updated.v1, and does not save: the caller saves once, so a change and the
/// rescheduling it causes commit together (or not at all). Manual tasks never move; summaries that are automatic take
/// their descendants' span.
/// </summary>
internal sealed class TaskRescheduler(ProjectCalendars calendars, TimeProvider time)
{
    /// <summary>Forward-schedules the project; returns the ids of the tasks that moved.</summary>
    public async Task<IReadOnlyList<Guid>> RescheduleAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var moves = await RescheduleAsync(db, projectId, ScheduleDirection.Forward, null, cancellationToken);
        return moves.Select(m => m.Task.Id).ToList();
    }

    /// <summary>
    /// Schedules the project in <paramref name="direction"/> (backward needs the project's target date) with its
    /// stored calendar, or with <paramref name="calendar"/> when the caller is changing it in the same unit of work.
    /// </summary>
    public async Task<IReadOnlyList<TaskMove>> RescheduleAsync(
        ProjectsDbContext db, Guid projectId, ScheduleDirection direction, WorkingCalendar? calendar, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([projectId], cancellationToken)
            ?? throw new InvalidOperationException($"Project {projectId} does not exist.");
        if (direction == ScheduleDirection.Backward && project.TargetDate is null)
        {
            throw new InvalidOperationException($"Project {project.Key} has no target date to plan back from.");
        }

        calendar ??= await calendars.LoadAsync(project, cancellationToken);

        // Loading into the change tracker and reading Local includes what the caller added and leaves out what it removed.
        await db.Tasks.Where(t => t.ProjectId == projectId).LoadAsync(cancellationToken);
        await db.Dependencies.Where(d => d.ProjectId == projectId).LoadAsync(cancellationToken);
        var tasks = db.Tasks.Local.Where(t => t.ProjectId == projectId).ToList();
        var dependencies = db.Dependencies.Local.Where(d => d.ProjectId == projectId).ToList();
        var input = ScheduleInput.From(tasks, dependencies, calendar);
        if (input.Tasks.Count == 0)
        {
            return [];
        }

        var dates = direction == ScheduleDirection.Forward
            ? ProjectScheduler.Forward(input.Tasks, input.Links, calendar, project.StartDate ?? EarliestStart(tasks) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            : ProjectScheduler.Backward(input.Tasks, input.Links, calendar, project.TargetDate!.Value);

        var moves = new List<TaskMove>();
        var now = time.GetUtcNow();
        foreach (var task in tasks)
        {
            if (task.SchedulingMode != SchedulingMode.Automatic || !dates.TryGetValue(task.Id, out var scheduled)
                || (task.StartDate == scheduled.Start && task.DueDate == scheduled.Finish))
            {
                continue;
            }

            moves.Add(new TaskMove(task, task.StartDate, task.DueDate));
            task.StartDate = scheduled.Start;
            task.DueDate = scheduled.Finish;
            // A task placed without a length of its own keeps the one it was given (a summary's is its subtasks' span).
            if (task.DurationDays is null && !tasks.Any(t => t.ParentId == task.Id))
            {
                task.DurationDays = calendar.WorkingDaysBetween(scheduled.Start, scheduled.Finish);
            }
            task.UpdatedAt = now;
        }

        await PublishAsync(db, project, moves, cancellationToken);
        return moves;
    }

    private static async Task PublishAsync(ProjectsDbContext db, Project project, List<TaskMove> moves, CancellationToken cancellationToken)
    {
        if (moves.Count == 0)
        {
            return;
        }

        var movedIds = moves.Select(m => m.Task.Id).ToList();
        var watchers = (await db.TaskWatchers.AsNoTracking()
                .Where(w => movedIds.Contains(w.TaskId))
                .Select(w => new { w.TaskId, w.UserId })
                .ToListAsync(cancellationToken))
            .ToLookup(w => w.TaskId, w => w.UserId);
        foreach (var (task, oldStart, oldFinish) in moves)
        {
            var changed = new List<string>(2);
            if (oldStart != task.StartDate)
            {
                changed.Add("startDate");
            }

            if (oldFinish != task.DueDate)
            {
                changed.Add("dueDate");
            }

            db.PublishEvent(new TaskUpdated(task.Id, task.ProjectId, project.Key, task.Number, task.Title, task.Status, task.StartDate, task.DueDate, changed, [.. watchers[task.Id]]));
        }
    }

    private static DateOnly? EarliestStart(List<ProjectTask> tasks) =>
        tasks.Where(t => t.StartDate is not null).Select(t => t.StartDate).Min();
}
