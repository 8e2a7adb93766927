using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Documents;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

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
        Guid id, ProjectsDbContext db, ProjectAccess access, IDocumentLibrary library, ICurrentUser caller, CancellationToken cancellationToken)
    {
        if (!await access.Tasks(db).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Task", id);
        }

        var links = await db.TaskLinks.AsNoTracking().Where(l => l.TaskId == id).OrderBy(l => l.CreatedAt).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        // Documents are described as the reader may see them now: renamed, new versions, or gone from their view.
        var documentIds = links.Where(l => l.DocumentId is not null).Select(l => l.DocumentId!.Value).ToList();
        var documents = (await library.FindManyAsync(documentIds, caller, cancellationToken)).ToDictionary(d => d.Id);
        return TypedResults.Ok(links.Select(l => TaskLinkDto.From(l, l.DocumentId is { } d ? documents.GetValueOrDefault(d) : null)).ToList());
    }

    public static async Task<Results<Created<TaskLinkDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, AddTaskLinkRequest request, ProjectsDbContext db, ProjectAccess access, IDocumentLibrary library, ICurrentUser caller, TimeProvider time,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var kind = request.Kind ?? (request.DocumentId is null ? TaskLinkKind.Url : TaskLinkKind.Document);
        string? url = null;
        DocumentReference? document = null;
        if (kind == TaskLinkKind.Document)
        {
            document = await FindDocumentAsync(request, library, caller, errors, cancellationToken);
        }
        else
        {
            errors.Require(request.DocumentId is null, "documentId", "documentId belongs to Document links; a Url link carries url.");
            url = LinkAddress.Validate(request.Url, out var urlError);
            if (urlError is not null)
            {
                errors.Add("url", urlError);
            }
        }

        var title = string.IsNullOrWhiteSpace(request.Title) ? url ?? document?.Name : request.Title.Trim();
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
            Id = Guid.CreateVersion7(now), ProjectId = task.ProjectId, TaskId = id, Kind = kind, Title = title!, Url = url, DocumentId = document?.Id,
            CreatedBy = access.UserId, CreatedAt = now,
        };
        db.TaskLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, link.Version);
        return TypedResults.Created($"/api/projects/links/{link.Id}", TaskLinkDto.From(link, document));
    }

    // A document link needs the Documents module and a document the caller may open (one they may not is reported as unknown).
    private static async Task<DocumentReference?> FindDocumentAsync(
        AddTaskLinkRequest request, IDocumentLibrary library, ICurrentUser caller, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Require(request.Url is null, "url", "url belongs to Url links; a Document link carries documentId.");
        if (!library.IsAvailable)
        {
            errors.Add("kind", "Document links need the Documents module, which is not running.");
            return null;
        }

        if (request.DocumentId is not { } documentId)
        {
            errors.Add("documentId", "documentId is required for a Document link.");
            return null;
        }

        var document = await library.FindAsync(documentId, caller, cancellationToken);
        if (document is null)
        {
            errors.Add("documentId", $"There is no document {documentId} you may open.");
        }

        return document;
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
