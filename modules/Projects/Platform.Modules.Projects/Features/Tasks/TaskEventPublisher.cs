using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Publishes the task events an edit calls for, inside the caller's SaveChanges: task-updated naming the changed fields,
/// task-assigned for new assignees, task-status-changed and task-completed. Each carries the watchers (after the edit),
/// so notification channels reach them.
/// </summary>
internal static class TaskEventPublisher
{
    public static void Created(ProjectsDbContext db, Project project, ProjectTask task, TaskStatusDefinition status)
    {
        var watchers = WatcherIds(task);
        db.PublishEvent(new TaskCreated(task.Id, project.Id, project.Key, task.Number, task.Title, task.Status, task.Priority.ToString(), task.StartDate, task.DueDate, watchers));
        if (task.Assignees.Count > 0)
        {
            var all = Refs(task.Assignees.Select(a => new AssigneeDto(a.Kind, a.PrincipalId)));
            db.PublishEvent(new TaskAssigned(task.Id, project.Id, project.Key, task.Number, task.Title, all, all, watchers));
        }

        if (status.Category == TaskStatusCategory.Done)
        {
            db.PublishEvent(new TaskCompleted(task.Id, project.Id, project.Key, task.Number, task.Title, task.CompletedAt!.Value, watchers));
        }
    }

    public static void Changed(ProjectsDbContext db, Project project, ProjectTask task, TaskChangeSet changes, TaskStatusDefinition status, bool wasCompleted)
    {
        var watchers = WatcherIds(task);
        if (changes.ChangedFields.Count > 0)
        {
            db.PublishEvent(new TaskUpdated(task.Id, project.Id, project.Key, task.Number, task.Title, task.Status, task.StartDate, task.DueDate, changes.ChangedFields, watchers));
        }

        if (changes.AddedAssignees.Count > 0)
        {
            db.PublishEvent(new TaskAssigned(
                task.Id, project.Id, project.Key, task.Number, task.Title, Refs(changes.AddedAssignees),
                Refs(task.Assignees.Select(a => new AssigneeDto(a.Kind, a.PrincipalId))), watchers));
        }

        StatusChanged(db, project, task, changes.PreviousStatus, status, wasCompleted);
    }

    /// <summary>task-status-changed when the key changed, and task-completed when the task entered the Done category.</summary>
    public static void StatusChanged(ProjectsDbContext db, Project project, ProjectTask task, string? previousStatus, TaskStatusDefinition status, bool wasCompleted)
    {
        if (previousStatus is null)
        {
            return;
        }

        var watchers = WatcherIds(task);
        db.PublishEvent(new TaskStatusChanged(task.Id, project.Id, project.Key, task.Number, task.Title, previousStatus, task.Status, status.Category.ToString(), watchers));
        if (!wasCompleted && task.CompletedAt is { } completedAt)
        {
            db.PublishEvent(new TaskCompleted(task.Id, project.Id, project.Key, task.Number, task.Title, completedAt, watchers));
        }
    }

    public static IReadOnlyList<Guid> WatcherIds(ProjectTask task) => [.. task.Watchers.Select(w => w.UserId).Order()];

    private static List<TaskAssigneeRef> Refs(IEnumerable<AssigneeDto> assignees) => [.. assignees.Select(a => new TaskAssigneeRef(a.Kind.ToString(), a.Id))];
}
