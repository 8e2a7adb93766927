using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>One space, when the caller may read its root or a folder below it (otherwise 404, as if it did not exist).</summary>
internal static class GetSpace
{
    public static async Task<Results<Ok<SpaceDto>, ProblemHttpResult>> Handle(Guid id, DocumentsDbContext db, DocumentAccess access, CancellationToken cancellationToken)
    {
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (space is null)
        {
            return ApiProblems.NotFound("Space", id);
        }

        var visible = await SpaceVisibility.OfAsync(access, cancellationToken);
        return visible.IsVisible(space)
            ? TypedResults.Ok(SpaceDto.From(space, visible.RootLevel(space)))
            : ApiProblems.NotFound("Space", id);
    }
}
