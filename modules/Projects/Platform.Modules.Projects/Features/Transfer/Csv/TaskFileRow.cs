using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Transfer.Csv;

/// <summary>A problem with one cell (or a whole row) of an imported task file. Row 1 is the first task; row 0 is the header.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>
/// One task row of a file, with its cells parsed but its references (status, assignees, milestone, parent,
/// predecessors) not yet resolved against the project.
/// </summary>
internal sealed record TaskFileRow(
    int Row,
    string Title,
    string? Description,
    string? Status,
    TaskPriority? Priority,
    IReadOnlyList<string> Assignees,
    DateOnly? Start,
    DateOnly? Due,
    int? DurationDays,
    SchedulingMode? Mode,
    decimal? EstimateHours,
    decimal? RemainingHours,
    int? Progress,
    IReadOnlyList<string> Labels,
    int? Parent,
    string? Milestone,
    IReadOnlyList<PredecessorRef> Predecessors);
