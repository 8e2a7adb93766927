using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>Everything a Gantt chart of a date window needs, in one answer.</summary>
public sealed record GanttDto(
    Guid ProjectId,
    string ProjectKey,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<GanttTaskDto> Tasks,
    IReadOnlyList<GanttDependencyDto> Dependencies,
    IReadOnlyList<GanttMilestoneDto> Milestones,
    GanttCriticalPathDto CriticalPath,
    GanttCalendarDto Calendar);

/// <summary>A bar (or, with duration 0, a diamond) of the chart.</summary>
/// <param name="Finish">The last working day of the task, inclusive.</param>
/// <param name="IsSummary">It has subtasks; its dates span theirs.</param>
/// <param name="TotalFloatDays">Working days it can slip without moving the project's finish; null when it is not scheduled.</param>
public sealed record GanttTaskDto(
    Guid Id,
    string Key,
    string Title,
    DateOnly? Start,
    DateOnly? Finish,
    int? DurationDays,
    int Progress,
    Guid? ParentId,
    SchedulingMode Mode,
    string Status,
    TaskStatusCategory StatusCategory,
    IReadOnlyList<GanttAssigneeDto> Assignees,
    Guid? MilestoneId,
    bool IsSummary,
    bool IsCritical,
    int? TotalFloatDays);

public sealed record GanttAssigneeDto(AssigneeKind Kind, Guid Id);

/// <summary>A link; <paramref name="CrossesWindow"/> when one of its tasks lies outside the window (and is not in <see cref="GanttDto.Tasks"/>).</summary>
public sealed record GanttDependencyDto(Guid Id, Guid PredecessorId, Guid SuccessorId, DependencyType Type, int LagDays, bool CrossesWindow);

public sealed record GanttMilestoneDto(Guid Id, string Name, DateOnly Date, MilestoneHealth Health, DateTimeOffset? ReachedAt);

/// <summary>The critical path of the whole project (not only of the window): its tasks in schedule order and the project's dates.</summary>
public sealed record GanttCriticalPathDto(IReadOnlyList<Guid> TaskIds, DateOnly? ProjectStart, DateOnly? ProjectFinish);

/// <summary>The working weekdays, and every non-working day of the window (weekends, holidays, the project's days off).</summary>
public sealed record GanttCalendarDto(IReadOnlyList<DayOfWeek> WorkingWeekdays, IReadOnlyList<DateOnly> NonWorkingDays);
