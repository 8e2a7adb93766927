using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.project-created.v1", Description = "A project was created.")]
public sealed record ProjectCreated(Guid ProjectId, string Key, string Name, string Status, DateOnly? StartDate, DateOnly? TargetDate) : IIntegrationEvent;

[IntegrationEvent("projects.task-created.v1", Description = "A task was created in a project.")]
public sealed record TaskCreated(Guid TaskId, Guid ProjectId, string ProjectKey, int Number, string Title, string Status, string Priority, string? AssigneeId, DateOnly? DueDate) : IIntegrationEvent;

[IntegrationEvent("projects.task-updated.v1", Description = "A task's fields changed; lists the names of the changed fields.")]
public sealed record TaskUpdated(Guid TaskId, Guid ProjectId, int Number, string Title, string Status, string Priority, string? AssigneeId, DateOnly? DueDate, IReadOnlyList<string> ChangedFields) : IIntegrationEvent;
