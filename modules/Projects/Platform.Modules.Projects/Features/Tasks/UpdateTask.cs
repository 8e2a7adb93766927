using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

public sealed record UpdateTaskRequest(string Title, string Status, TaskPriority Priority, string? Description = null, DateOnly? StartDate = null, DateOnly? DueDate = null);

internal static class UpdateTask
{
    public static async Task<Results<Ok<TaskDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateTaskRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var fields = new TaskFields(request.Title, request.Description, request.Status, request.Priority, request.StartDate, request.DueDate);
        var errors = new ValidationErrors();
        TaskRules.Validate(fields, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await access.Tasks(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(httpRequest, task.Version) is { } failed)
        {
            return failed;
        }

        var now = time.GetUtcNow();
        var changed = TaskRules.Apply(fields, task, now);
        if (changed.Count > 0)
        {
            task.UpdatedAt = now;
            db.PublishEvent(new TaskUpdated(task.Id, task.ProjectId, project.Key, task.Number, task.Title, task.Status, task.StartDate, task.DueDate, changed, []));
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, task.Version);
        return TypedResults.Ok(TaskDto.From(task));
    }
}
