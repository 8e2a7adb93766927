using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>The spaces the caller sees (see <see cref="SpaceVisibility"/>): the company's first, then departments', then projects', by name.</summary>
internal static class ListSpaces
{
    public static async Task<Ok<IReadOnlyList<SpaceDto>>> Handle(DocumentsDbContext db, DocumentAccess access, CancellationToken cancellationToken)
    {
        var visibility = await SpaceVisibility.OfAsync(access, cancellationToken);
        var spaces = await db.Spaces.AsNoTracking().ToListAsync(cancellationToken);
        IReadOnlyList<SpaceDto> visible = [.. spaces
            .Where(visibility.IsVisible)
            .OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)
            .Select(s => SpaceDto.From(s, visibility.RootLevel(s)))];
        return TypedResults.Ok(visible);
    }
}
