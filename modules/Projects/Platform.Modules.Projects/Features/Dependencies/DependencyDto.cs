using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Dependencies;

/// <summary>A dependency as the API returns it, with both tasks' keys (WEB-3); <see cref="Version"/> is also its ETag.</summary>
public sealed record DependencyDto(
    Guid Id,
    Guid ProjectId,
    Guid PredecessorId,
    string PredecessorKey,
    Guid SuccessorId,
    string SuccessorKey,
    DependencyType Type,
    int LagDays,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static DependencyDto From(TaskDependency d, string projectKey, IReadOnlyDictionary<Guid, int> numbers) =>
        new(d.Id, d.ProjectId, d.PredecessorId, $"{projectKey}-{numbers[d.PredecessorId]}", d.SuccessorId, $"{projectKey}-{numbers[d.SuccessorId]}", d.Type, d.LagDays, d.CreatedAt, d.Version);
}

/// <summary>A new dependency: the successor's dates follow the predecessor's by <see cref="Type"/> (FinishToStart when absent) and a lag in working days.</summary>
public sealed record CreateDependencyRequest(Guid? PredecessorId, Guid? SuccessorId, DependencyType? Type = null, int? LagDays = null);

/// <summary>A dependency's type and lag; its tasks cannot change (remove it and add another).</summary>
public sealed record UpdateDependencyRequest(DependencyType? Type, int? LagDays);
