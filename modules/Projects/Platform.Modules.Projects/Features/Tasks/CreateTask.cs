using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Board;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

internal static class CreateTask
{
    public static async Task<Results<Created<TaskDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, TaskRequest request, ProjectsDbContext db, ProjectAccess access, TaskValidation validation, TimeProvider time,
        TaskPlanSync plan, HttpContext http, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var (input, errors) = await validation.ValidateAsync(db, project, null, request, cancellationToken);
        if (input is null)
        {
            return errors.ToProblem();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BoardColumns.LockAsync(db, projectId, input.Status.Key, cancellationToken);
        await BoardColumns.CheckWipLimitAsync(db, input.Status, null, "status", errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        // Numbering through the project's counter: the project's concurrency token turns two simultaneous
        // creations into one success and one retryable 412, never into duplicate numbers.
        project.LastTaskNumber++;
        var task = new ProjectTask
        {
            Id = Guid.CreateVersion7(now), ProjectId = projectId, Number = project.LastTaskNumber, ReporterId = access.UserId, CreatedAt = now, UpdatedAt = now,
            BoardOrder = await BoardColumns.EndOfAsync(db, projectId, input.Status.Key, null, cancellationToken),
        };
        TaskChanges.Apply(input, task, now);
        db.Tasks.Add(task);
        TaskEventPublisher.Created(db, project, task, input.Status);
        await plan.AfterChangeAsync(db, projectId, task.StartDate is not null || task.DueDate is not null || task.ParentId is not null, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Preconditions.SetETag(http.Response, task.Version);
        return TypedResults.Created($"/api/projects/tasks/{task.Id}", TaskDto.From(task));
    }
}
