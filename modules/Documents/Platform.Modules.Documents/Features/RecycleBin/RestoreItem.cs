using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// Puts a folder or document back where it was, with everything that stayed attached to it (versions, tags, metadata,
/// what was below a folder, access entries and share links). When the folder it was in is itself in the recycle bin the
/// answer is a 409 naming that folder: restoring it first keeps the tree as it was, where a silent move to the space
/// root would scatter it. When its name was taken meanwhile: 409, or with <c>?rename=true</c> the first free
/// "name (n)". Publishes documents.restored.v1.
/// </summary>
internal static class RestoreItem
{
    public static Task<Results<Ok<RestoredItem>, ProblemHttpResult>> Folder(
        Guid id, bool? rename, DocumentsDbContext db, DocumentAccess access, RecycleBinView view, DocumentWriter writer, CancellationToken cancellationToken) =>
        RestoreAsync(id, isFolder: true, rename == true, db, access, view, writer, cancellationToken);

    public static Task<Results<Ok<RestoredItem>, ProblemHttpResult>> Document(
        Guid id, bool? rename, DocumentsDbContext db, DocumentAccess access, RecycleBinView view, DocumentWriter writer, CancellationToken cancellationToken) =>
        RestoreAsync(id, isFolder: false, rename == true, db, access, view, writer, cancellationToken);

    private static async Task<Results<Ok<RestoredItem>, ProblemHttpResult>> RestoreAsync(
        Guid id, bool isFolder, bool rename, DocumentsDbContext db, DocumentAccess access, RecycleBinView view, DocumentWriter writer, CancellationToken cancellationToken)
    {
        var what = isFolder ? "Folder" : "Document";
        var tree = await access.TreeAsync(cancellationToken);
        var folder = isFolder ? await db.Folders.FirstOrDefaultAsync(f => f.Id == id && f.DeletedAt != null && f.ParentId != null, cancellationToken) : null;
        var document = isFolder ? null : await db.Documents.FirstOrDefaultAsync(d => d.Id == id && d.DeletedAt != null, cancellationToken);
        var (parentId, name, deletedBy) = folder is not null
            ? (folder.ParentId!.Value, folder.Name, folder.DeletedBy)
            : document is not null ? (document.FolderId, document.Name, document.DeletedBy) : (Guid.Empty, "", null);
        if (parentId == Guid.Empty || !view.MayRestore(tree, parentId, deletedBy))
        {
            return ApiProblems.NotFound($"{what} in the recycle bin", id);
        }

        if (!tree.IsLive(parentId))
        {
            var blocking = tree.AncestorsOf(parentId).Append(tree.Find(parentId)!).First(f => f.IsDeleted);
            return ApiProblems.Conflict(
                $"The folder '{name}' was in, '{FolderSubtree.PathOf(tree, parentId)}', is in the recycle bin.",
                $"Restore the folder '{blocking.Name}' ({blocking.Id}) first; '{name}' is then back in place with it or can be restored into it.");
        }

        var restoredName = name;
        if (await writer.IsNameTakenAsync(parentId, ItemName.KeyOf(name), null, cancellationToken))
        {
            if (!rename)
            {
                return ApiProblems.Conflict(
                    $"'{name}' is taken in '{FolderSubtree.PathOf(tree, parentId)}'.",
                    "Rename or move the item that has the name now, or restore with ?rename=true to restore under the first free name \"name (n)\".");
            }

            restoredName = await FirstFreeAsync(writer, parentId, name, keepExtension: !isFolder, cancellationToken);
            if (restoredName is null)
            {
                return ApiProblems.Conflict($"No free name was found for '{name}' in '{FolderSubtree.PathOf(tree, parentId)}'.");
            }
        }

        if (folder is not null)
        {
            folder.DeletedAt = null;
            folder.DeletedBy = null;
            folder.Name = restoredName;
            folder.NameKey = ItemName.KeyOf(restoredName);
            db.PublishEvent(new DocumentRestored(null, parentId, folder.Id, restoredName));
        }
        else
        {
            document!.DeletedAt = null;
            document.DeletedBy = null;
            document.Name = restoredName;
            document.NameKey = ItemName.KeyOf(restoredName);
            db.PublishEvent(new DocumentRestored(document.Id, parentId, null, restoredName));
        }

        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();
        return TypedResults.Ok(new RestoredItem(isFolder ? "folder" : "document", id, restoredName, parentId, FolderSubtree.PathOf(tree, parentId)));
    }

    private static async Task<string?> FirstFreeAsync(DocumentWriter writer, Guid folderId, string name, bool keepExtension, CancellationToken cancellationToken)
    {
        foreach (var candidate in FreeName.Candidates(name, keepExtension))
        {
            if (!await writer.IsNameTakenAsync(folderId, ItemName.KeyOf(candidate), null, cancellationToken))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>Where a restored item is now, and under which name (another one when <c>?rename=true</c> had to pick a free one).</summary>
public sealed record RestoredItem(string Kind, Guid Id, string Name, Guid FolderId, string Path);
