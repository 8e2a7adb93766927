using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.milestone-reached.v1", Description = "Every task linked to a milestone is done.")]
public sealed record MilestoneReached(Guid MilestoneId, Guid ProjectId, string Name, DateOnly Date, DateTimeOffset ReachedAt) : IProjectEvent
{
    public string Describe() => $"Milestone '{Name}' reached";
}

[IntegrationEvent("projects.milestone-slipped.v1", Description = "A milestone became at risk (a linked task is planned to finish after it) or was missed (its date passed).")]
public sealed record MilestoneSlipped(Guid MilestoneId, Guid ProjectId, string Name, DateOnly Date, string Health, DateOnly? ForecastDate) : IProjectEvent
{
    public string Describe() => $"Milestone '{Name}' is {Health}";
}
