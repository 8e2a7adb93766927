using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.project-created.v1", Description = "A project was created.")]
public sealed record ProjectCreated(Guid ProjectId, string Key, string Name, string Status, DateOnly? StartDate, DateOnly? TargetDate) : IProjectEvent
{
    public string Describe() => $"Project {Key} '{Name}' created";
}

[IntegrationEvent("projects.project-updated.v1", Description = "A project's fields, calendar or members changed; lists what changed.")]
public sealed record ProjectUpdated(Guid ProjectId, string Key, string Name, string Status, IReadOnlyList<string> ChangedFields) : IProjectEvent
{
    public string Describe() => $"Project {Key} changed: {string.Join(", ", ChangedFields)}";
}
