namespace Platform.Modules.Projects.Domain;

/// <summary>One entry of a project's timeline: an event of the project, who caused it and when.</summary>
public sealed class ProjectActivity
{
    public const int SummaryMaxLength = 500;

    /// <summary>The id of the integration event it records (so a redelivered event is recorded once).</summary>
    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid? TaskId { get; set; }

    /// <summary>The event's name, e.g. projects.task-status-changed.v1.</summary>
    public string Event { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Who caused it, as the event log writes actors (user:…, client:…, system:…).</summary>
    public string Actor { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }
}
