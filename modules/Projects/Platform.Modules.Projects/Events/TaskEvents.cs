using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

// Task events carry the task's watchers so that notification channels (webhooks, workflows, the portal) can reach them.

[IntegrationEvent("projects.task-created.v1", Description = "A task was created in a project.")]
public sealed record TaskCreated(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, string Status, string Priority, DateOnly? StartDate, DateOnly? DueDate, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} '{Title}' created";
}

[IntegrationEvent("projects.task-updated.v1", Description = "A task's fields changed (by an edit or by rescheduling); lists the names of the changed fields.")]
public sealed record TaskUpdated(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, string Status, DateOnly? StartDate, DateOnly? DueDate, IReadOnlyList<string> ChangedFields, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} changed: {string.Join(", ", ChangedFields)}";
}

/// <summary>An assignee of a task: a person (user id) or a department queue.</summary>
public sealed record TaskAssigneeRef(string Kind, Guid Id);

[IntegrationEvent("projects.task-assigned.v1", Description = "People or department queues were added to a task's assignees.")]
public sealed record TaskAssigned(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, IReadOnlyList<TaskAssigneeRef> Added, IReadOnlyList<TaskAssigneeRef> Assignees, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} assigned ({Added.Count} new)";
}

[IntegrationEvent("projects.task-status-changed.v1", Description = "A task moved from one status to another.")]
public sealed record TaskStatusChanged(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, string FromStatus, string ToStatus, string ToCategory, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} moved from {FromStatus} to {ToStatus}";
}

[IntegrationEvent("projects.task-completed.v1", Description = "A task reached a status of the Done category.")]
public sealed record TaskCompleted(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, DateTimeOffset CompletedAt, IReadOnlyList<Guid> WatcherIds) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} completed";
}

[IntegrationEvent("projects.task-deleted.v1", Description = "A task was deleted.")]
public sealed record TaskDeleted(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{ProjectKey}-{Number} '{Title}' deleted";
}
