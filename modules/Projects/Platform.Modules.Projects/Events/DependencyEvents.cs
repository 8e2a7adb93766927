using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.dependency-added.v1", Description = "A dependency between two tasks was added.")]
public sealed record DependencyAdded(Guid DependencyId, Guid ProjectId, Guid PredecessorId, string PredecessorKey, Guid SuccessorId, string SuccessorKey, string Type, int LagDays) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => SuccessorId;

    public string Describe() => $"{SuccessorKey} now depends on {PredecessorKey} ({Type}{(LagDays == 0 ? "" : $" {LagDays:+0;-0}d")})";
}

[IntegrationEvent("projects.dependency-removed.v1", Description = "A dependency between two tasks was removed.")]
public sealed record DependencyRemoved(Guid DependencyId, Guid ProjectId, Guid PredecessorId, string PredecessorKey, Guid SuccessorId, string SuccessorKey) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => SuccessorId;

    public string Describe() => $"{SuccessorKey} no longer depends on {PredecessorKey}";
}
