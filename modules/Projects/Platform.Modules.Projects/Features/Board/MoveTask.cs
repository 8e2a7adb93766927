using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Board;

/// <summary>
/// Where to put a card: a column (status key) and a place in it — right after <see cref="AfterTaskId"/>, right before
/// <see cref="BeforeTaskId"/>, or at the 0-based <see cref="Index"/> among the column's other cards; none of them: at the bottom.
/// </summary>
public sealed record MoveTaskRequest(string Status, Guid? AfterTaskId = null, Guid? BeforeTaskId = null, int? Index = null);

/// <summary>
/// Moves a card: status and order change in one call and one save. If-Match carries the card's version; the column is
/// locked while the card enters it (see <see cref="BoardColumns"/>), so the WIP limit holds and neighbours stay put under
/// concurrent moves. Only the moved card is written unless its gap is exhausted and the column is renumbered.
/// </summary>
internal static class MoveTask
{
    public static async Task<Results<Ok<TaskDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MoveTaskRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, TaskPlanSync plan, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Status), "status", "status is required.");
        errors.Require(new object?[] { request.AfterTaskId, request.BeforeTaskId, request.Index }.Count(v => v is not null) <= 1, "index", "Give at most one of afterTaskId, beforeTaskId and index.");
        errors.Require(request.Index is null or >= 0, "index", "index must be 0 or more.");
        errors.Require(request.AfterTaskId != id && request.BeforeTaskId != id, "afterTaskId", "A card cannot be placed next to itself.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await access.Tasks(db).WithDetails().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTaskAsync(task, project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(http.Request, task.Version) is { } failed)
        {
            return failed;
        }

        var column = await db.Statuses.AsNoTracking().FirstOrDefaultAsync(s => s.ProjectId == project.Id && s.Key == request.Status, cancellationToken);
        if (column is null)
        {
            var valid = await db.Statuses.Where(s => s.ProjectId == project.Id).OrderBy(s => s.Position).Select(s => s.Key).ToListAsync(cancellationToken);
            return errors.Add("status", $"'{request.Status}' is not a status of this project. Valid: {string.Join(", ", valid)}.").ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BoardColumns.LockAsync(db, project.Id, column.Key, cancellationToken);
        if (column.Key != task.Status)
        {
            await BoardColumns.CheckWipLimitAsync(db, column, task.Id, "status", errors, cancellationToken);
        }

        var cards = await db.Tasks.AsNoTracking().Where(t => t.ProjectId == project.Id && t.Status == column.Key && t.Id != task.Id)
            .OrderBy(t => t.BoardOrder).ThenBy(t => t.Number).Select(t => new { t.Id, t.BoardOrder }).ToListAsync(cancellationToken);
        var slot = (request.AfterTaskId, request.BeforeTaskId, request.Index) switch
        {
            ({ } after, _, _) => cards.FindIndex(c => c.Id == after) is var i and >= 0 ? i + 1 : -1,
            (_, { } before, _) => cards.FindIndex(c => c.Id == before),
            (_, _, { } index) => Math.Min(index, cards.Count),
            _ => cards.Count,
        };
        if (slot < 0)
        {
            var field = request.AfterTaskId is not null ? "afterTaskId" : "beforeTaskId";
            errors.Add(field, $"Task '{request.AfterTaskId ?? request.BeforeTaskId}' is not a card of the column '{column.Key}'.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var order = BoardPosition.Between(slot > 0 ? cards[slot - 1].BoardOrder : null, slot < cards.Count ? cards[slot].BoardOrder : null);
        if (order is null)
        {
            // The gap is exhausted: renumber the column, leaving the slot free. Only the order changes, so the other
            // cards keep their versions (an edit in flight on one of them is not a conflict with a reorder).
            var renumbered = BoardPosition.Renumbered(cards.Count + 1).ToList();
            for (var i = 0; i < cards.Count; i++)
            {
                var (cardId, value) = (cards[i].Id, renumbered[i < slot ? i : i + 1]);
                await db.Tasks.Where(t => t.Id == cardId).ExecuteUpdateAsync(s => s.SetProperty(t => t.BoardOrder, value), cancellationToken);
            }

            order = renumbered[slot];
        }

        var now = time.GetUtcNow();
        var previousStatus = task.Status;
        var wasCompleted = task.CompletedAt is not null;
        task.BoardOrder = order.Value;
        task.UpdatedAt = now;
        if (TaskStatusTransition.Apply(task, column, now))
        {
            TaskEventPublisher.StatusChanged(db, project, task, previousStatus, column, wasCompleted);
            await plan.AfterChangeAsync(db, project.Id, reschedule: false, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Preconditions.SetETag(http.Response, task.Version);
        return TypedResults.Ok(TaskDto.From(task));
    }
}
