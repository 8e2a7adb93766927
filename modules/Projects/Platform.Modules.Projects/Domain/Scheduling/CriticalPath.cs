namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// The outcome of a critical path analysis: every task's figures, the critical tasks (summaries left out) ordered by
/// early start, and the project's first and last working day.
/// </summary>
public sealed record CriticalPath(IReadOnlyDictionary<Guid, TaskSchedule> Tasks, IReadOnlyList<Guid> CriticalTaskIds, DateOnly ProjectStart, DateOnly ProjectFinish);
