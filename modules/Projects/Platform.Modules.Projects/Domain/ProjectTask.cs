using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain;

public enum TaskStatus
{
    ToDo,
    InProgress,
    Done,
}

public enum TaskPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>A unit of work in a project, numbered within it (WEB-12).</summary>
public sealed class ProjectTask : IVersioned
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 50_000;

    public Guid Id { get; set; }

    public Guid ProjectId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public TaskStatus Status { get; set; }

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    /// <summary>The person the task is assigned to (a platform user or directory id).</summary>
    public string? AssigneeId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
