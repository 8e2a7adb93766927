using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>
/// A person's reactions to a comment: PUT gives one, DELETE takes it back; both are idempotent and answer with the
/// comment and its counts. Reacting does not change the comment, so it needs no If-Match and leaves the ETag alone.
/// </summary>
internal static class CommentReactions
{
    public static Task<Results<Ok<CommentDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, string emoji, ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken) =>
        SetAsync(id, emoji, true, db, access, time, cancellationToken);

    public static Task<Results<Ok<CommentDto>, ValidationProblem, ProblemHttpResult>> Remove(
        Guid id, string emoji, ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken) =>
        SetAsync(id, emoji, false, db, access, time, cancellationToken);

    private static async Task<Results<Ok<CommentDto>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid id, string emoji, bool given, ProjectsDbContext db, ProjectAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var kind = ReactionKinds.Normalize(emoji);
        if (kind is null)
        {
            return new ValidationErrors().Add("emoji", $"emoji must be one of {string.Join(", ", ReactionKinds.Names)}.").ToProblem();
        }

        var comment = await CommentScope.Visible(db, access).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (comment is null)
        {
            return ApiProblems.NotFound("Comment", id);
        }

        if (access.UserId is not { } me)
        {
            return CommentProblems.NoUser();
        }

        if (comment.DeletedAt is not null)
        {
            return CommentProblems.Deleted();
        }

        var existing = await db.CommentReactions.FirstOrDefaultAsync(r => r.CommentId == id && r.UserId == me && r.Kind == kind, cancellationToken);
        if (given && existing is null)
        {
            var reaction = new CommentReaction { CommentId = id, UserId = me, Kind = kind, CreatedAt = time.GetUtcNow() };
            db.CommentReactions.Add(reaction);
            await SaveIgnoringTwinAsync(db, reaction, cancellationToken);
        }
        else if (!given && existing is not null)
        {
            db.CommentReactions.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await CommentReactionCounts.DtoAsync(db, comment, me, cancellationToken));
    }

    /// <summary>Two simultaneous PUTs of the same reaction: the key refuses the second, which wanted the same outcome.</summary>
    private static async Task SaveIgnoringTwinAsync(ProjectsDbContext db, CommentReaction reaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var twin = await db.CommentReactions.AnyAsync(
                r => r.CommentId == reaction.CommentId && r.UserId == reaction.UserId && r.Kind == reaction.Kind, cancellationToken);
            if (!twin)
            {
                throw;
            }
        }
    }
}
