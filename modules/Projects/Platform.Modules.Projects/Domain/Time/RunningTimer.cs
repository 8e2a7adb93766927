namespace Platform.Modules.Projects.Domain.Time;

/// <summary>A person's running timer: at most one per person (the user id is the key).</summary>
public sealed class RunningTimer
{
    public Guid UserId { get; set; }

    public Guid ProjectId { get; set; }

    public Guid TaskId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public string? Note { get; set; }

    public bool Billable { get; set; }
}
