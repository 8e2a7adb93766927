using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>A new comment.</summary>
/// <param name="Body">Markdown, with mentions as <c>@[Name](user:GUID)</c>, <c>@[Department](department:GUID)</c> or <c>@name@example.com</c>.</param>
public sealed record AddCommentRequest(string Body);

internal static class AddComment
{
    /// <summary>
    /// Comments are conversation, not changes to the task: everyone who sees the task may comment (viewers too).
    /// The commenter starts watching the task; the watchers (but the author) are named in the comment-added event.
    /// </summary>
    public static async Task<Results<Created<CommentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, AddCommentRequest request, ProjectsDbContext db, ProjectAccess access, ICurrentUser caller, MentionResolver mentions,
        IPeopleDirectory people, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var body = CommentScope.ValidBody(request.Body, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var task = await access.Tasks(db).Include(t => t.Watchers).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var mentioned = await mentions.ResolveAsync(body!, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        var now = time.GetUtcNow();
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(now), ProjectId = task.ProjectId, TaskId = task.Id, AuthorId = caller.UserId,
            AuthorName = caller.DisplayName ?? caller.ClientId ?? "", Body = body!, CreatedAt = now,
        };
        db.Comments.Add(comment);
        if (caller.UserId is { } me && task.Watchers.All(w => w.UserId != me))
        {
            task.Watchers.Add(new TaskWatcher { UserId = me });
        }

        var watchers = task.Watchers.Select(w => w.UserId).Where(w => w != caller.UserId).Order().ToList();
        db.PublishEvent(new CommentAdded(comment.Id, task.Id, task.ProjectId, $"{project.Key}-{task.Number}", caller.UserId, MentionNotifier.Excerpt(comment.Body), watchers));
        await MentionNotifier.NotifyAsync(db, people, project, task, comment, mentioned, caller.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, comment.Version);
        return TypedResults.Created($"/api/projects/comments/{comment.Id}", CommentDto.From(comment, []));
    }
}
