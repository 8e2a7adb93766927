using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>What the reports read of a task: one projection, loaded once per report.</summary>
/// <param name="IsSummary">It has subtasks: its work is counted in them, so progress and burn series skip it.</param>
public sealed record ReportTask(
    Guid Id,
    int Number,
    string Key,
    string Title,
    string Status,
    TaskStatusCategory Category,
    decimal? EstimateHours,
    decimal? RemainingHours,
    DateOnly? StartDate,
    DateOnly? DueDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    bool IsSummary)
{
    public bool IsOpen => Category != TaskStatusCategory.Done;
}
