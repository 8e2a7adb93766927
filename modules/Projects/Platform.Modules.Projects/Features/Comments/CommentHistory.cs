using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>An earlier body of a comment.</summary>
/// <param name="Body">What the comment said.</param>
/// <param name="BodyHtml">The same, rendered.</param>
/// <param name="WrittenBy">Who wrote that body.</param>
/// <param name="WrittenByName">Their name, when the directory knows them.</param>
/// <param name="WrittenAt">When it was written.</param>
/// <param name="ReplacedAt">When an edit replaced it.</param>
public sealed record CommentRevisionDto(string Body, string BodyHtml, Guid? WrittenBy, string? WrittenByName, DateTimeOffset WrittenAt, DateTimeOffset ReplacedAt);

internal static class CommentHistory
{
    /// <summary>The earlier bodies of a comment, newest first; empty for a comment never edited or deleted.</summary>
    public static async Task<Results<Ok<List<CommentRevisionDto>>, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        if (!await CommentScope.Visible(db, access).AnyAsync(c => c.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Comment", id);
        }

        var revisions = await db.CommentRevisions.AsNoTracking()
            .Where(r => r.CommentId == id)
            .OrderByDescending(r => r.ReplacedAt).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        var writers = revisions.Where(r => r.WrittenBy is not null).Select(r => r.WrittenBy!.Value).Distinct().ToList();
        var names = (await people.FindPeopleAsync(writers, cancellationToken)).ToDictionary(p => p.UserId, p => p.DisplayName);
        return TypedResults.Ok(revisions
            .Select(r => new CommentRevisionDto(
                r.Body, CommentDto.RenderBody(r.Body), r.WrittenBy, r.WrittenBy is { } w ? names.GetValueOrDefault(w) : null, r.WrittenAt, r.ReplacedAt))
            .ToList());
    }
}
