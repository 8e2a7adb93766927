namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// A task as the scheduler sees it. Dates are whole working days and <paramref name="Finish"/> is inclusive: a task of
/// D &gt;= 1 days starting on working day S finishes on S + (D - 1) working days; D = 0 is a milestone-like task whose
/// Start equals its Finish. Automatic tasks get their dates from their predecessors (their own dates are only an anchor
/// when nothing constrains them); manual tasks keep theirs. A task that is some other task's parent is a summary and
/// takes its dates from its descendants.
/// </summary>
public sealed record SchedulableTask(Guid Id, SchedulingMode Mode, DateOnly? Start, DateOnly? Finish, int DurationDays, Guid? ParentId);
