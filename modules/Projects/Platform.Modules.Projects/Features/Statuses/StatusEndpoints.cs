using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Board;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Statuses;

/// <summary>A project's status set in board order, with how many tasks each status holds.</summary>
public sealed record StatusSetDto(Guid ProjectId, IReadOnlyList<StatusWithCountDto> Statuses);

public sealed record StatusWithCountDto(string Key, string Name, TaskStatusCategory Category, int? WipLimit, int TaskCount);

/// <summary>The whole ordered set; tasks in statuses it no longer has move to <see cref="MoveTo"/> (a key of the new set).</summary>
public sealed record ReplaceStatusesRequest(IReadOnlyList<StatusDto> Statuses, string? MoveTo = null);

/// <summary>Reading and replacing a project's status set (its board columns).</summary>
internal static class StatusEndpoints
{
    public static async Task<Results<Ok<StatusSetDto>, ProblemHttpResult>> Get(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var statuses = await LoadAsync(db, projectId, cancellationToken);
        Preconditions.SetETag(response, StatusSetRules.ETagOf(statuses.Select(Dto)));
        return TypedResults.Ok(await SetAsync(db, projectId, statuses, cancellationToken));
    }

    public static async Task<Results<Ok<StatusSetDto>, ValidationProblem, ProblemHttpResult>> Replace(
        Guid projectId, ReplaceStatusesRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
        }

        var errors = new ValidationErrors();
        StatusSetRules.Validate(request.Statuses, errors);
        errors.Require(request.MoveTo is null || request.Statuses is null || request.Statuses.Any(s => s?.Key == request.MoveTo),
            "moveTo", $"moveTo must be a key of the new set; '{request.MoveTo}' is not.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // Locked before reading, so the If-Match check and the changes see the set no concurrent move or replace is changing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BoardColumns.LockAllAsync(db, projectId, cancellationToken);
        var current = await LoadAsync(db, projectId, cancellationToken, tracked: true);
        if (Preconditions.CheckIfMatch(http.Request, StatusSetRules.ETagOf(current.Select(Dto))) is { } failed)
        {
            return failed;
        }

        var wanted = request.Statuses!;
        var removed = current.Where(c => !wanted.Any(w => w.Key == c.Key)).ToList();
        var removedKeys = removed.Select(r => r.Key).ToList();
        var orphans = await db.Tasks.Include(t => t.Watchers).Where(t => t.ProjectId == projectId && removedKeys.Contains(t.Status)).ToListAsync(cancellationToken);
        if (orphans.Count > 0 && request.MoveTo is null)
        {
            foreach (var group in orphans.GroupBy(t => t.Status))
            {
                errors.Add("statuses", $"The status '{group.Key}' still holds {group.Count()} task(s); send moveTo with the key of the status they should move to.");
            }

            return errors.ToProblem();
        }

        db.Statuses.RemoveRange(removed);
        for (var i = 0; i < wanted.Count; i++)
        {
            var status = current.FirstOrDefault(c => c.Key == wanted[i].Key);
            if (status is null)
            {
                status = new TaskStatusDefinition { ProjectId = projectId, Key = wanted[i].Key };
                db.Statuses.Add(status);
            }

            (status.Name, status.Category, status.Position, status.WipLimit) = (wanted[i].Name.Trim(), wanted[i].Category, i, wanted[i].WipLimit);
        }

        if (orphans.Count > 0)
        {
            var target = db.Statuses.Local.First(s => s.ProjectId == projectId && s.Key == request.MoveTo);
            var now = time.GetUtcNow();
            var order = await BoardColumns.EndOfAsync(db, projectId, target.Key, null, cancellationToken);
            foreach (var task in orphans.OrderBy(t => t.BoardOrder))
            {
                var (previous, wasCompleted) = (task.Status, task.CompletedAt is not null);
                TaskStatusTransition.Apply(task, target, now);
                (task.BoardOrder, task.UpdatedAt) = (order, now);
                order += BoardPosition.Step;
                TaskEventPublisher.StatusChanged(db, project, task, previous, target, wasCompleted);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var saved = await LoadAsync(db, projectId, cancellationToken);
        Preconditions.SetETag(http.Response, StatusSetRules.ETagOf(saved.Select(Dto)));
        return TypedResults.Ok(await SetAsync(db, projectId, saved, cancellationToken));
    }

    private static StatusDto Dto(TaskStatusDefinition s) => new(s.Key, s.Name, s.Category, s.WipLimit);

    private static Task<List<TaskStatusDefinition>> LoadAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken, bool tracked = false)
    {
        var statuses = tracked ? db.Statuses : db.Statuses.AsNoTracking();
        return statuses.Where(s => s.ProjectId == projectId).OrderBy(s => s.Position).ToListAsync(cancellationToken);
    }

    private static async Task<StatusSetDto> SetAsync(ProjectsDbContext db, Guid projectId, List<TaskStatusDefinition> statuses, CancellationToken cancellationToken)
    {
        var counts = await db.Tasks.Where(t => t.ProjectId == projectId).GroupBy(t => t.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new StatusSetDto(projectId, [.. statuses.Select(s => new StatusWithCountDto(s.Key, s.Name, s.Category, s.WipLimit, counts.GetValueOrDefault(s.Key)))]);
    }
}
