using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Board;

/// <summary>
/// Serialises the writes that put cards into a board column. A card entering a column is checked against the column's
/// WIP limit and placed relative to the cards already there; two such writes racing could both pass the limit or take the
/// same gap. So the writer first locks the column's status row (an update that changes nothing: a row lock on
/// PostgreSQL, the write lock on SQLite) inside its transaction, and only then counts and reads neighbours; the other
/// writer waits for the commit and sees the result. The moved card itself is still protected by its own version (If-Match).
/// </summary>
internal static class BoardColumns
{
    /// <summary>Locks the column <paramref name="statusKey"/> of a project until the current transaction ends.</summary>
    public static Task LockAsync(ProjectsDbContext db, Guid projectId, string statusKey, CancellationToken cancellationToken) =>
        db.Statuses.Where(s => s.ProjectId == projectId && s.Key == statusKey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Position, x => x.Position), cancellationToken);

    /// <summary>Locks every column of a project (the status set is being replaced) until the current transaction ends.</summary>
    public static Task LockAllAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken) =>
        db.Statuses.Where(s => s.ProjectId == projectId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Position, x => x.Position), cancellationToken);

    /// <summary>The order of a card appended at the bottom of a column.</summary>
    public static async Task<double> EndOfAsync(ProjectsDbContext db, Guid projectId, string statusKey, Guid? except, CancellationToken cancellationToken)
    {
        var last = await db.Tasks.Where(t => t.ProjectId == projectId && t.Status == statusKey && t.Id != except)
            .MaxAsync(t => (double?)t.BoardOrder, cancellationToken);
        return BoardPosition.Between(last, null) ?? last!.Value;
    }

    /// <summary>Adds an error under <paramref name="field"/> when one more card would exceed the column's WIP limit.</summary>
    public static async Task CheckWipLimitAsync(
        ProjectsDbContext db, TaskStatusDefinition column, Guid? enteringTaskId, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (column.WipLimit is not { } limit)
        {
            return;
        }

        var count = await db.Tasks.CountAsync(t => t.ProjectId == column.ProjectId && t.Status == column.Key && t.Id != enteringTaskId, cancellationToken);
        errors.Require(count < limit, field, $"The column '{column.Name}' ({column.Key}) holds {count} tasks and its WIP limit is {limit}; finish or move a task out of it first.");
    }
}
