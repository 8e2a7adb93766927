namespace Platform.Modules.Projects.Domain;

/// <summary>What a status means for progress, whatever a project calls it.</summary>
public enum TaskStatusCategory
{
    ToDo,
    InProgress,
    Done,
}

/// <summary>
/// One status of a project's configurable set (a board column). Tasks refer to it by <see cref="Key"/>. Every project
/// has at least one ToDo and one Done status; a new project gets <see cref="Defaults"/>.
/// </summary>
public sealed class TaskStatusDefinition
{
    public const string DefaultToDo = "ToDo";
    public const string DefaultInProgress = "InProgress";
    public const string DefaultDone = "Done";
    public const int KeyMaxLength = 40;
    public const int NameMaxLength = 60;

    public Guid ProjectId { get; set; }

    /// <summary>Letters, digits and dashes, unique within the project (case-insensitively).</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public TaskStatusCategory Category { get; set; }

    /// <summary>Order of the columns on the board.</summary>
    public int Position { get; set; }

    /// <summary>The most tasks the column may hold; null for no limit.</summary>
    public int? WipLimit { get; set; }

    public static IEnumerable<TaskStatusDefinition> Defaults(Guid projectId) =>
    [
        new() { ProjectId = projectId, Key = DefaultToDo, Name = "To do", Category = TaskStatusCategory.ToDo, Position = 0 },
        new() { ProjectId = projectId, Key = DefaultInProgress, Name = "In progress", Category = TaskStatusCategory.InProgress, Position = 1 },
        new() { ProjectId = projectId, Key = DefaultDone, Name = "Done", Category = TaskStatusCategory.Done, Position = 2 },
    ];
}
