using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>
/// <c>GET /folders/{id}/access</c>: the folder's own entries, whether it inherits, and the entries reaching it from
/// above with the folder each comes from. For those who manage the folder (manage level or documents.manage); a reader
/// gets 403, anyone else 404.
/// </summary>
internal static class GetFolderAccess
{
    public static async Task<Results<Ok<FolderAccessDto>, ProblemHttpResult>> Handle(
        Guid id, DocumentAccess access, DocumentsDbContext db, IPeopleDirectory people, HttpResponse response, CancellationToken cancellationToken)
    {
        var (folder, level) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        if (level < AccessLevel.Manage)
        {
            return DocumentProblems.CannotManage();
        }

        var view = await BuildAsync(folder, level, access, db, people, cancellationToken);
        Preconditions.SetETag(response, folder.Version);
        return TypedResults.Ok(view);
    }

    /// <summary>The access view of a folder as stored now (after a PUT too).</summary>
    public static async Task<FolderAccessDto> BuildAsync(
        Folder folder, AccessLevel level, DocumentAccess access, DocumentsDbContext db, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        var chain = tree.AncestorsOf(folder.Id).Select(a => a.Id).Append(folder.Id).ToArray();
        var grants = await db.Grants.AsNoTracking().Where(g => chain.Contains(g.FolderId)).ToListAsync(cancellationToken);
        var byFolder = grants.ToLookup(g => g.FolderId);
        var names = new PrincipalNames(people);
        await names.LoadAsync(grants, cancellationToken);

        var own = byFolder[folder.Id].OrderBy(g => g.PrincipalKind).ThenBy(g => names.Of(g), StringComparer.CurrentCultureIgnoreCase).ToList();
        var ownKeys = own.Select(PrincipalKey.Of).ToHashSet(StringComparer.Ordinal);
        var inherited = NearestEntries.InheritedBy(tree, byFolder, folder.Id)
            .Select(e => names.Inherited(e, overridden: ownKeys.Contains(PrincipalKey.Of(e.Grant))))
            .ToList();
        return new FolderAccessDto(folder.Id, folder.Name, folder.InheritsAccess, level, [.. own.Select(names.Entry)], inherited, folder.Version);
    }
}
