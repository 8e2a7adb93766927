using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain;

/// <summary>How a successor's dates depend on its predecessor's (the four link types of MS Project and OpenProject).</summary>
public enum DependencyType
{
    /// <summary>The successor starts after the predecessor finishes.</summary>
    FinishToStart,

    /// <summary>The successor starts no earlier than the predecessor starts.</summary>
    StartToStart,

    /// <summary>The successor finishes no earlier than the predecessor finishes.</summary>
    FinishToFinish,

    /// <summary>The successor finishes no earlier than the predecessor starts.</summary>
    StartToFinish,
}

/// <summary>A link between two tasks of one project, with a lag in working days (negative for lead time).</summary>
public sealed class TaskDependency : IVersioned
{
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid PredecessorId { get; set; }

    public Guid SuccessorId { get; set; }

    public DependencyType Type { get; set; }

    public int LagDays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
