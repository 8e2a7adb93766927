using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain;

public enum TaskPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>How a task's dates are set.</summary>
public enum SchedulingMode
{
    /// <summary>Its dates follow its predecessors and the project calendar; rescheduling moves it.</summary>
    Automatic,

    /// <summary>Its dates are what people entered; rescheduling never moves it (it still constrains its successors).</summary>
    Manual,
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

    /// <summary>The key of a status in the project's set (<see cref="TaskStatusDefinition"/>).</summary>
    public string Status { get; set; } = TaskStatusDefinition.DefaultToDo;

    public TaskPriority Priority { get; set; } = TaskPriority.Normal;

    /// <summary>The user who created it; null when an API client acting on its own did.</summary>
    public Guid? ReporterId { get; set; }

    /// <summary>The first working day of the task.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>The last working day of the task (inclusive): its finish date.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>Working days from start to finish, both included; 0 for a point in time.</summary>
    public int? DurationDays { get; set; }

    public SchedulingMode SchedulingMode { get; set; } = SchedulingMode.Automatic;

    public decimal? EstimateHours { get; set; }

    public decimal? RemainingHours { get; set; }

    /// <summary>0 to 100.</summary>
    public int Progress { get; set; }

    /// <summary>The task this one is a subtask of (any depth).</summary>
    public Guid? ParentId { get; set; }

    /// <summary>Position within its board column; cards sort ascending, moves pick a value between neighbours.</summary>
    public double BoardOrder { get; set; }

    public Guid? MilestoneId { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    public List<TaskAssignee> Assignees { get; set; } = [];

    public List<TaskLabel> Labels { get; set; } = [];

    public List<TaskWatcher> Watchers { get; set; } = [];
}

/// <summary>Who a task is assigned to: a person, or a department's queue (anyone there may pick it up).</summary>
public enum AssigneeKind
{
    Person,
    Department,
}

/// <summary>One assignee of a task.</summary>
public sealed class TaskAssignee
{
    public Guid TaskId { get; set; }

    public AssigneeKind Kind { get; set; }

    /// <summary>A user id for a person, a department id for a department.</summary>
    public Guid PrincipalId { get; set; }
}

/// <summary>A label on a task; labels are free text, compared case-insensitively.</summary>
public sealed class TaskLabel
{
    public const int MaxLength = 50;

    public Guid TaskId { get; set; }

    public string Label { get; set; } = "";
}

/// <summary>A user who follows a task's changes.</summary>
public sealed class TaskWatcher
{
    public Guid TaskId { get; set; }

    public Guid UserId { get; set; }
}
