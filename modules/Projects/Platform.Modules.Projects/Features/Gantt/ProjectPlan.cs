using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>The scalar fields of a task that the Gantt chart, the reports and milestone health read (no description, no collections).</summary>
public sealed record PlanTask(
    Guid Id,
    int Number,
    string Title,
    string Status,
    Guid? ParentId,
    DateOnly? StartDate,
    DateOnly? DueDate,
    int? DurationDays,
    SchedulingMode Mode,
    int Progress,
    Guid? MilestoneId,
    decimal? EstimateHours,
    decimal? RemainingHours,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>A dependency between two tasks of the plan.</summary>
public sealed record PlanLink(Guid Id, Guid PredecessorId, Guid SuccessorId, DependencyType Type, int LagDays);

/// <summary>
/// One project's tasks, links, statuses and calendar, read once, with what is derived from them: each task's status
/// category, which tasks are summaries, and the critical path of the whole project.
/// </summary>
public sealed class ProjectPlan
{
    private readonly Dictionary<string, TaskStatusCategory> _categories;
    private CriticalPath? _criticalPath;

    public ProjectPlan(Project project, IReadOnlyList<PlanTask> tasks, IReadOnlyList<PlanLink> links, IReadOnlyList<TaskStatusDefinition> statuses, WorkingCalendar calendar)
    {
        Project = project;
        Tasks = tasks;
        Links = links;
        Statuses = statuses;
        Calendar = calendar;
        _categories = statuses.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Category, StringComparer.OrdinalIgnoreCase);
        SummaryIds = tasks.Where(t => t.ParentId is not null).Select(t => t.ParentId!.Value).ToHashSet();
    }

    public Project Project { get; }

    public IReadOnlyList<PlanTask> Tasks { get; }

    public IReadOnlyList<PlanLink> Links { get; }

    public IReadOnlyList<TaskStatusDefinition> Statuses { get; }

    public WorkingCalendar Calendar { get; }

    /// <summary>Tasks that have subtasks.</summary>
    public IReadOnlySet<Guid> SummaryIds { get; }

    /// <summary>The critical path of the whole project, computed on first use.</summary>
    public CriticalPath CriticalPath => _criticalPath ??= CriticalPathCalculator.Compute(
        [.. Tasks.Select(t => new SchedulableTask(t.Id, t.Mode, t.StartDate, t.DueDate, DurationOf(t), t.ParentId))],
        [.. Links.Select(l => new SchedulableLink(l.PredecessorId, l.SuccessorId, l.Type, l.LagDays))],
        Calendar);

    /// <summary>The category of a status key; a key no longer in the set counts as ToDo (not started, not done).</summary>
    public TaskStatusCategory CategoryOf(string status) => _categories.GetValueOrDefault(status, TaskStatusCategory.ToDo);

    public bool IsDone(PlanTask task) => CategoryOf(task.Status) == TaskStatusCategory.Done;

    // A task saved before durations were kept has dates only: its duration is the working days they span.
    private int DurationOf(PlanTask task) =>
        task.DurationDays ?? (task.StartDate is { } start && task.DueDate is { } due ? Math.Max(Calendar.WorkingDaysBetween(start, due), 1) : 1);
}
