using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>The new body of a comment.</summary>
/// <param name="Body">Markdown with mentions, as when adding.</param>
public sealed record EditCommentRequest(string Body);

internal static class EditComment
{
    /// <summary>Only the author edits; the earlier body goes to the history; only people the edit newly mentions are notified.</summary>
    public static async Task<Results<Ok<CommentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, EditCommentRequest request, ProjectsDbContext db, ProjectAccess access, MentionResolver mentions, IPeopleDirectory people, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var body = CommentScope.ValidBody(request.Body, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var comment = await CommentScope.Visible(db, access).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return ApiProblems.NotFound("Comment", id);
        }

        if (comment.AuthorId is null || comment.AuthorId != access.UserId)
        {
            return CommentProblems.NotTheAuthor();
        }

        if (Preconditions.CheckIfMatch(httpRequest, comment.Version) is { } failed)
        {
            return failed;
        }

        if (comment.DeletedAt is not null)
        {
            return CommentProblems.Deleted();
        }

        var mentioned = await mentions.ResolveAsync(body!, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (body != comment.Body)
        {
            var now = time.GetUtcNow();
            db.CommentRevisions.Add(new CommentRevision
            {
                Id = Guid.CreateVersion7(now), CommentId = comment.Id, Body = comment.Body, WrittenBy = comment.AuthorId,
                WrittenAt = comment.EditedAt ?? comment.CreatedAt, ReplacedAt = now,
            });
            comment.Body = body!;
            comment.EditedAt = now;
            var task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == comment.TaskId, cancellationToken);
            var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == comment.ProjectId, cancellationToken);
            await MentionNotifier.NotifyAsync(db, people, project, task, comment, mentioned, access.UserId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, comment.Version);
        return TypedResults.Ok(await CommentReactionCounts.DtoAsync(db, comment, access.UserId, cancellationToken));
    }
}
