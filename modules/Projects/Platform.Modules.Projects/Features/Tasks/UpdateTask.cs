using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Board;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

internal static class UpdateTask
{
    public static async Task<Results<Ok<TaskDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, TaskRequest request, ProjectsDbContext db, ProjectAccess access, TaskValidation validation, TimeProvider time,
        TaskPlanSync plan, HttpContext http, CancellationToken cancellationToken)
    {
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

        var (input, errors) = await validation.ValidateAsync(db, project, task, request, cancellationToken);
        if (input is null)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entersColumn = input.Status.Key != task.Status;
        if (entersColumn)
        {
            await BoardColumns.LockAsync(db, project.Id, input.Status.Key, cancellationToken);
            await BoardColumns.CheckWipLimitAsync(db, input.Status, task.Id, "status", errors, cancellationToken);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            task.BoardOrder = await BoardColumns.EndOfAsync(db, project.Id, input.Status.Key, task.Id, cancellationToken);
        }

        var now = time.GetUtcNow();
        var wasCompleted = task.CompletedAt is not null;
        var changes = TaskChanges.Apply(input, task, now);
        if (changes.ChangedFields.Count > 0)
        {
            task.UpdatedAt = now;
            TaskEventPublisher.Changed(db, project, task, changes, input.Status, wasCompleted);
            await plan.AfterChangeAsync(db, project.Id, changes.AffectsSchedule, cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Preconditions.SetETag(http.Response, task.Version);
        return TypedResults.Ok(TaskDto.From(task));
    }
}
