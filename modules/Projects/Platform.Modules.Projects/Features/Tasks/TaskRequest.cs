using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// The editable fields of a task, for create (POST) and update (PUT). PUT replaces: a missing optional field is
/// cleared, except <see cref="Status"/>, <see cref="Priority"/> and <see cref="SchedulingMode"/>, which a task always
/// has and which keep their current value when missing (on create: the project's first To-do status, Normal, Automatic).
/// Watchers are not edited here: the reporter and the assignees watch automatically, others use /tasks/{id}/watchers/me.
/// </summary>
public sealed record TaskRequest(
    string Title,
    string? Description = null,
    string? Status = null,
    TaskPriority? Priority = null,
    IReadOnlyList<AssigneeDto>? Assignees = null,
    DateOnly? StartDate = null,
    DateOnly? DueDate = null,
    int? DurationDays = null,
    SchedulingMode? SchedulingMode = null,
    decimal? EstimateHours = null,
    decimal? RemainingHours = null,
    int? Progress = null,
    IReadOnlyList<string?>? Labels = null,
    Guid? ParentId = null,
    Guid? MilestoneId = null);
