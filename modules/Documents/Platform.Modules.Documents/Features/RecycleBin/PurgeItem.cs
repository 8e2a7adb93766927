using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// Purges an item from the recycle bin now (manage access to the folder it was in, or documents.manage), instead of
/// waiting for the daily purge. Only items in the bin: a folder or document in use is a 404 here.
/// </summary>
internal static class PurgeItem
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Folder(
        Guid id, DocumentsDbContext db, DocumentAccess access, RecycleBinView view, RecycleBinPurger purger, CancellationToken cancellationToken)
    {
        var folder = await db.Folders.AsNoTracking().Where(f => f.Id == id && f.DeletedAt != null && f.ParentId != null)
            .Select(f => new { f.ParentId, f.DeletedBy }).FirstOrDefaultAsync(cancellationToken);
        var tree = await access.TreeAsync(cancellationToken);
        if (folder is null || !view.MayRestore(tree, folder.ParentId!.Value, folder.DeletedBy))
        {
            return ApiProblems.NotFound("Folder in the recycle bin", id);
        }

        if (!RecycleBinView.MayPurge(tree, folder.ParentId!.Value))
        {
            return CannotPurge();
        }

        await purger.PurgeFolderAsync(id, cancellationToken);
        access.Invalidate();
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Document(
        Guid id, DocumentsDbContext db, DocumentAccess access, RecycleBinView view, RecycleBinPurger purger, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == id && d.DeletedAt != null)
            .Select(d => new { d.FolderId, d.DeletedBy }).FirstOrDefaultAsync(cancellationToken);
        var tree = await access.TreeAsync(cancellationToken);
        if (document is null || !view.MayRestore(tree, document.FolderId, document.DeletedBy))
        {
            return ApiProblems.NotFound("Document in the recycle bin", id);
        }

        if (!RecycleBinView.MayPurge(tree, document.FolderId))
        {
            return CannotPurge();
        }

        await purger.PurgeDocumentAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult CannotPurge() => ApiProblems.Forbidden(
        "You may not purge this item.",
        "Purging for good needs manage access to the folder the item was in (or documents.manage); you may restore it, or leave it to the automatic purge.");
}
