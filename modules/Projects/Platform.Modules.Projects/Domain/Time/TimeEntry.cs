using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain.Time;

/// <summary>How a time entry came to be.</summary>
public enum TimeEntrySource
{
    /// <summary>Logged through the API.</summary>
    Manual,

    /// <summary>Written by stopping a running timer.</summary>
    Timer,
}

/// <summary>
/// Time a person spent on a task on a date. Kept in whole minutes (the API speaks hours, to the minute): a person's
/// minutes on one date never exceed 24 hours.
/// </summary>
public sealed class TimeEntry : IVersioned
{
    public const int NoteMaxLength = 2_000;

    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public Guid TaskId { get; set; }

    /// <summary>The person whose time it is.</summary>
    public Guid UserId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Between 1 and 1,440.</summary>
    public int Minutes { get; set; }

    public string? Note { get; set; }

    public bool Billable { get; set; }

    public TimeEntrySource Source { get; set; }

    /// <summary>Who logged it (the person, or a project manager logging for them; null for an API client).</summary>
    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
