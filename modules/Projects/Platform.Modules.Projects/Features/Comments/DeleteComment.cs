using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Comments;

internal static class DeleteComment
{
    /// <summary>
    /// The author, or a manager of the project, deletes a comment. It stays in the thread as a tombstone (who wrote it
    /// and when), while its body, history, reactions and mention records are removed for good. Deleting a tombstone
    /// again changes nothing.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var comment = await CommentScope.Visible(db, access).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return ApiProblems.NotFound("Comment", id);
        }

        var isAuthor = comment.AuthorId is not null && comment.AuthorId == access.UserId;
        if (!isAuthor)
        {
            var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == comment.ProjectId, cancellationToken);
            if (!await access.CanManageAsync(project, db, cancellationToken))
            {
                return CommentProblems.NotTheAuthorOrAManager();
            }
        }

        if (Preconditions.CheckIfMatch(httpRequest, comment.Version) is { } failed)
        {
            return failed;
        }

        if (comment.DeletedAt is null)
        {
            comment.Body = "";
            comment.DeletedAt = time.GetUtcNow();
            comment.DeletedBy = access.UserId;
            db.CommentRevisions.RemoveRange(await db.CommentRevisions.Where(r => r.CommentId == id).ToListAsync(cancellationToken));
            db.CommentReactions.RemoveRange(await db.CommentReactions.Where(r => r.CommentId == id).ToListAsync(cancellationToken));
            db.CommentMentions.RemoveRange(await db.CommentMentions.Where(m => m.CommentId == id).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
