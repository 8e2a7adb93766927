using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain;

/// <summary>How a milestone stands, computed from its date and its linked tasks.</summary>
public enum MilestoneHealth
{
    OnTrack,
    AtRisk,
    Reached,
    Missed,
}

/// <summary>A dated checkpoint of a project; tasks link to it through <see cref="ProjectTask.MilestoneId"/>.</summary>
public sealed class Milestone : IVersioned
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;

    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>When it was reached (all linked tasks done); null while open.</summary>
    public DateTimeOffset? ReachedAt { get; set; }

    /// <summary>The health last reported by an event, so each transition is published once.</summary>
    public MilestoneHealth Health { get; set; } = MilestoneHealth.OnTrack;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
