namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>
/// The columns of task files, the same for import and export (an exported file imports back as the same tasks).
/// Rows refer to each other by their number in the file: the first row after the header is row 1, as MS Project's ID
/// column counts tasks; parent and predecessors use these numbers.
/// </summary>
internal static class TaskColumns
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Status = "status";
    public const string Priority = "priority";
    public const string Assignees = "assignees";
    public const string Start = "start";
    public const string Due = "due";
    public const string Duration = "duration";
    public const string Mode = "mode";
    public const string Estimate = "estimate";
    public const string Remaining = "remaining";
    public const string Progress = "progress";
    public const string Labels = "labels";
    public const string Parent = "parent";
    public const string Milestone = "milestone";
    public const string Predecessors = "predecessors";

    /// <summary>Separates the entries of the assignees and labels cells.</summary>
    public const char ListSeparator = ';';

    /// <summary>An assignee entry naming a department queue rather than a person: "department:{id}".</summary>
    public const string DepartmentPrefix = "department:";

    public static readonly string[] All =
        [Title, Description, Status, Priority, Assignees, Start, Due, Duration, Mode, Estimate, Remaining, Progress, Labels, Parent, Milestone, Predecessors];
}
