using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Spaces;

internal static class ListSpaces
{
    public static async Task<Ok<IReadOnlyList<SpaceDto>>> Handle(DocumentsDbContext db, DocumentAccess access, CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        var spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        IReadOnlyList<SpaceDto> visible = [.. spaces
            .Select(s => (Space: s, Level: tree.LevelOn(s.RootFolderId)))
            .Where(s => s.Level >= AccessLevel.Read)
            .Select(s => SpaceDto.From(s.Space, s.Level))];
        return TypedResults.Ok(visible);
    }
}
