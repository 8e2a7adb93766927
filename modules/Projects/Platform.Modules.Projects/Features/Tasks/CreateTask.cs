using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

public sealed record CreateTaskRequest(string Title, string? Description = null, string? Status = null, TaskPriority? Priority = null, DateOnly? StartDate = null, DateOnly? DueDate = null);

internal static class CreateTask
{
    public static async Task<Results<Created<TaskDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, CreateTaskRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var fields = new TaskFields(request.Title, request.Description, request.Status, request.Priority, request.StartDate, request.DueDate);
        var errors = new ValidationErrors();
        TaskRules.Validate(fields, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        var now = time.GetUtcNow();
        // Numbering through the project's counter: the project's concurrency token turns two simultaneous
        // creations into one success and one retryable 412, never into duplicate numbers.
        project.LastTaskNumber++;
        var task = new ProjectTask { Id = Guid.CreateVersion7(now), ProjectId = projectId, Number = project.LastTaskNumber, CreatedAt = now, UpdatedAt = now };
        TaskRules.Apply(fields, task, now);
        db.Tasks.Add(task);
        db.PublishEvent(new TaskCreated(task.Id, projectId, project.Key, task.Number, task.Title, task.Status, task.Priority.ToString(), task.StartDate, task.DueDate, []));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, task.Version);
        return TypedResults.Created($"/api/projects/tasks/{task.Id}", TaskDto.From(task));
    }
}
