using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>One task of a demo project: its place in the outline, length, state and who works on it.</summary>
/// <param name="Title">The title.</param>
/// <param name="Parent">The 1-based row of its summary task, if any.</param>
/// <param name="Days">Duration in working days (summaries take their children's span).</param>
/// <param name="Status">Status key.</param>
/// <param name="Assignee">"manager", "employee", "queue" (the manager's department) or null.</param>
/// <param name="Labels">Labels.</param>
/// <param name="EstimateHours">The estimate.</param>
/// <param name="Progress">Percent done.</param>
/// <param name="Predecessors">Links as (row, type, lag in working days).</param>
internal sealed record DemoTask(
    string Title,
    int? Parent = null,
    int Days = 0,
    string Status = TaskStatusDefinition.DefaultToDo,
    string? Assignee = null,
    string[]? Labels = null,
    decimal? EstimateHours = null,
    int Progress = 0,
    (int Row, DependencyType Type, int Lag)[]? Predecessors = null);

/// <summary>A demo milestone: its date as working weeks from the project start, and the rows of the tasks that lead to it.</summary>
internal sealed record DemoMilestone(string Name, int WeeksFromStart, int[] Tasks);

/// <summary>The two demo projects: a website relaunch with phases, every link type and a review column, and a private IT refresh.</summary>
internal static class DemoPlan
{
    public static readonly DemoTask[] Website =
    [
        new("Discovery"),
        new("Stakeholder interviews", 1, 4, TaskStatusDefinition.DefaultDone, "manager", ["research"], 16, 100),
        new("Requirements document", 1, 3, TaskStatusDefinition.DefaultDone, "employee", ["docs"], 12, 100, [(2, DependencyType.FinishToStart, 0)]),
        new("Design"),
        new("Wireframes", 4, 5, TaskStatusDefinition.DefaultDone, "employee", ["design"], 30, 100, [(3, DependencyType.FinishToStart, 0)]),
        new("Visual design", 4, 8, "Review", "employee", ["design"], 48, 80, [(5, DependencyType.StartToStart, 3)]),
        new("Build"),
        new("Front-end templates", 7, 10, TaskStatusDefinition.DefaultInProgress, "employee", ["frontend"], 60, 20, [(6, DependencyType.FinishToStart, -2)]),
        new("CMS setup", 7, 6, TaskStatusDefinition.DefaultInProgress, "manager", ["backend"], 36, 30, [(3, DependencyType.FinishToStart, 0)]),
        new("Content migration", 7, 5, TaskStatusDefinition.DefaultToDo, "queue", ["content"], 40, 0, [(9, DependencyType.FinishToStart, 0), (8, DependencyType.FinishToFinish, 1)]),
        new("Launch checklist", null, 2, TaskStatusDefinition.DefaultToDo, "manager", ["launch"], 8, 0, [(8, DependencyType.FinishToStart, 0), (10, DependencyType.FinishToStart, 0)]),
    ];

    public static readonly DemoMilestone[] WebsiteMilestones =
    [
        new("Design approved", 6, [5, 6]),
        new("Go live", 11, [11]),
    ];

    public static readonly DemoTask[] OfficeIt =
    [
        new("Inventory of laptops", null, 3, TaskStatusDefinition.DefaultDone, "employee", ["hardware"], 12, 100),
        new("Order new laptops", null, 2, TaskStatusDefinition.DefaultInProgress, "manager", ["purchasing"], 4, 50, [(1, DependencyType.FinishToStart, 0)]),
        new("Set up network switches", null, 4, TaskStatusDefinition.DefaultToDo, "employee", ["network"], 20, 0, [(2, DependencyType.StartToStart, 1)]),
        new("Image laptops", null, 5, TaskStatusDefinition.DefaultToDo, "employee", ["hardware"], 25, 0, [(2, DependencyType.FinishToStart, 3)]),
        new("Hand-out day", null, 1, TaskStatusDefinition.DefaultToDo, "manager", ["people"], 6, 0, [(4, DependencyType.FinishToStart, 0), (3, DependencyType.FinishToStart, 0)]),
    ];

    public static readonly DemoMilestone[] OfficeItMilestones =
    [
        new("New laptops handed out", 4, [5]),
    ];
}
