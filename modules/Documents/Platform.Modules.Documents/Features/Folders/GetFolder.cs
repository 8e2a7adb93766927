using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>A folder with its breadcrumbs, the caller's level and its counts; 404 when the caller may not read it.</summary>
internal static class GetFolder
{
    public static async Task<Results<Ok<FolderDetails>, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, HttpContext http, CancellationToken cancellationToken)
    {
        var (folder, _) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        var tree = await access.TreeAsync(cancellationToken);
        Preconditions.SetETag(http.Response, folder.Version);
        return TypedResults.Ok(FolderDetails.From(folder, tree, ReadableSubfolders(tree, id).Count(), await CountDocumentsAsync(db, id, cancellationToken)));
    }

    /// <summary>The live subfolders of <paramref name="folderId"/> the caller may read (a subfolder may close itself to them).</summary>
    public static IEnumerable<FolderNode> ReadableSubfolders(FolderTree tree, Guid folderId) =>
        tree.Folders.Where(f => f.ParentId == folderId && tree.LevelOn(f.Id) >= AccessLevel.Read);

    public static Task<long> CountDocumentsAsync(DocumentsDbContext db, Guid folderId, CancellationToken cancellationToken) =>
        db.Documents.LongCountAsync(d => d.FolderId == folderId && d.DeletedAt == null, cancellationToken);
}
