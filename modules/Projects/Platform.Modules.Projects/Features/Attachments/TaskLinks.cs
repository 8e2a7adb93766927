using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Attachments;

/// <summary>
/// A task's links: everyone who sees the task lists them; those who may change the project's tasks add and delete
/// them. A link is immutable (delete and add again), but deleting still takes If-Match, like every other delete.
/// </summary>
internal static class TaskLinks
{
    /// <summary>The most links one task carries.</summary>
    public const int MaxPerTask = 200;

    public static async Task<Results<Ok<List<TaskLinkDto>>, ProblemHttpResult>> List(
        Guid id, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        if (!await access.Tasks(db).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Task", id);
        }

        var links = await db.TaskLinks.AsNoTracking().Where(l => l.TaskId == id).OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(links.Select(TaskLinkDto.From).ToList());
    }

    public static async Task<Results<Created<TaskLinkDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, AddTaskLinkRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = request.Kind ?? TaskLinkKind.Url;
        errors.Require(kind == TaskLinkKind.Url, "kind", "Only Url links can be added; Document links arrive with the Documents module.");
        var url = LinkAddress.Validate(request.Url, out var urlError);
        if (urlError is not null)
        {
            errors.Add("url", urlError);
        }

        var title = string.IsNullOrWhiteSpace(request.Title) ? url : request.Title.Trim();
        errors.Require(title is null || title.Length <= TaskLink.TitleMaxLength, "title", $"title must be at most {TaskLink.TitleMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await access.Tasks(db).AsNoTracking().Include(t => t.Assignees).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTaskAsync(task, project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (await db.TaskLinks.CountAsync(l => l.TaskId == id, cancellationToken) >= MaxPerTask)
        {
            return new ValidationErrors().Add("url", $"A task carries at most {MaxPerTask} links.").ToProblem();
        }

        var now = time.GetUtcNow();
        var link = new TaskLink
        {
            Id = Guid.CreateVersion7(now), ProjectId = task.ProjectId, TaskId = id, Kind = kind, Title = title!, Url = url, CreatedBy = access.UserId, CreatedAt = now,
        };
        db.TaskLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, link.Version);
        return TypedResults.Created($"/api/projects/links/{link.Id}", TaskLinkDto.From(link));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var tasks = access.Tasks(db);
        var link = await db.TaskLinks.Where(l => tasks.Any(t => t.Id == l.TaskId)).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (link is null)
        {
            return ApiProblems.NotFound("Link", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == link.ProjectId, cancellationToken);
        var task = await db.Tasks.AsNoTracking().Include(t => t.Assignees).FirstAsync(t => t.Id == link.TaskId, cancellationToken);
        if (!await access.CanChangeTaskAsync(task, project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(httpRequest, link.Version) is { } failed)
        {
            return failed;
        }

        db.TaskLinks.Remove(link);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
