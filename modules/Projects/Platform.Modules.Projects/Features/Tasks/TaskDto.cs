using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Markdown;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>An assignee as the API shows and takes it: <c>{ "kind": "Person"|"Department", "id": … }</c>.</summary>
public sealed record AssigneeDto(AssigneeKind Kind, Guid Id);

/// <summary>
/// A task as the API returns it. <see cref="DescriptionHtml"/> is the Markdown description rendered to sanitised HTML;
/// <see cref="Version"/> is also sent as the ETag.
/// </summary>
public sealed record TaskDto(
    Guid Id,
    Guid ProjectId,
    int Number,
    string Title,
    string? Description,
    string DescriptionHtml,
    string Status,
    TaskPriority Priority,
    IReadOnlyList<AssigneeDto> Assignees,
    Guid? ReporterId,
    DateOnly? StartDate,
    DateOnly? DueDate,
    int? DurationDays,
    SchedulingMode SchedulingMode,
    decimal? EstimateHours,
    decimal? RemainingHours,
    int Progress,
    IReadOnlyList<string> Labels,
    Guid? ParentId,
    Guid? MilestoneId,
    double BoardOrder,
    IReadOnlyList<Guid> Watchers,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    /// <summary>Maps a task whose assignees, labels and watchers are loaded.</summary>
    public static TaskDto From(ProjectTask t) => new(
        t.Id, t.ProjectId, t.Number, t.Title, t.Description, MarkdownRenderer.ToSafeHtml(t.Description), t.Status, t.Priority,
        [.. t.Assignees.OrderBy(a => a.Kind).ThenBy(a => a.PrincipalId).Select(a => new AssigneeDto(a.Kind, a.PrincipalId))],
        t.ReporterId, t.StartDate, t.DueDate, t.DurationDays, t.SchedulingMode, Plain(t.EstimateHours), Plain(t.RemainingHours), t.Progress,
        [.. t.Labels.Select(l => l.Label).Order(StringComparer.OrdinalIgnoreCase)],
        t.ParentId, t.MilestoneId, t.BoardOrder,
        [.. t.Watchers.Select(w => w.UserId).Order()],
        t.CompletedAt, t.CreatedAt, t.UpdatedAt, t.Version);

    // Databases hand decimals back with their column's scale (4.00); clients get the number as it was written (4).
    private static decimal? Plain(decimal? hours) => hours / 1.000000000000000000000000000000000m;
}
