using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Board;

/// <summary>A card: what a board shows of a task, with the version to send as If-Match when moving it.</summary>
public sealed record BoardCardDto(
    Guid Id, int Number, string Title, TaskPriority Priority, IReadOnlyList<AssigneeDto> Assignees, IReadOnlyList<string> Labels,
    DateOnly? DueDate, int Progress, Guid? ParentId, double BoardOrder, long Version);

/// <summary>A column: one status of the project's set, its WIP limit, how many cards it holds and the cards in order.</summary>
public sealed record BoardColumnDto(string Key, string Name, TaskStatusCategory Category, int? WipLimit, int Count, IReadOnlyList<BoardCardDto> Cards);

public sealed record BoardDto(Guid ProjectId, IReadOnlyList<BoardColumnDto> Columns);

/// <summary>The Kanban board of a project: its statuses in order as columns, each card ordered by its board order.</summary>
internal static class GetBoard
{
    public static async Task<Results<Ok<BoardDto>, ProblemHttpResult>> Handle(
        Guid projectId, string? label, string? assignee, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var statuses = await db.Statuses.AsNoTracking().Where(s => s.ProjectId == projectId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var query = db.Tasks.AsNoTracking().Where(t => t.ProjectId == projectId);
        if (!string.IsNullOrWhiteSpace(label))
        {
            var wanted = label.Trim().ToLowerInvariant();
            query = query.Where(t => t.Labels.Any(l => l.Label.ToLower() == wanted));
        }

        if (assignee == "me")
        {
            query = query.AssignedTo(access);
        }
        else if (Guid.TryParse(assignee, out var principal))
        {
            query = query.Where(t => t.Assignees.Any(a => a.PrincipalId == principal));
        }

        var tasks = await query.Include(t => t.Assignees).Include(t => t.Labels).AsSplitQuery()
            .OrderBy(t => t.BoardOrder).ThenBy(t => t.Number).ToListAsync(cancellationToken);
        var byStatus = tasks.ToLookup(t => t.Status);
        var columns = statuses.Select(s =>
        {
            var cards = byStatus[s.Key].Select(Card).ToList();
            return new BoardColumnDto(s.Key, s.Name, s.Category, s.WipLimit, cards.Count, cards);
        }).ToList();
        return TypedResults.Ok(new BoardDto(projectId, columns));
    }

    private static BoardCardDto Card(ProjectTask t) => new(
        t.Id, t.Number, t.Title, t.Priority,
        [.. t.Assignees.OrderBy(a => a.Kind).ThenBy(a => a.PrincipalId).Select(a => new AssigneeDto(a.Kind, a.PrincipalId))],
        [.. t.Labels.Select(l => l.Label).Order(StringComparer.OrdinalIgnoreCase)],
        t.DueDate, t.Progress, t.ParentId, t.BoardOrder, t.Version);
}
