using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// What of the recycle bin a caller may see and act on. An item is theirs to restore when they deleted it and may still
/// write where it was, or when they manage that folder (holders of documents.manage manage every folder); purging
/// needs manage. Only top-level items are listed: what went with a deleted folder comes back with it. Folder levels
/// are read from the access tree's raw levels, since the item itself is not live.
/// </summary>
internal sealed class RecycleBinView(DocumentsDbContext db, DocumentAccess access, DocumentsOptions options)
{
    /// <summary>The top-level items the caller may restore, newest deletion first.</summary>
    public async Task<List<RecycleBinEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        var folders = await db.Folders.AsNoTracking().Where(f => f.DeletedAt != null)
            .Select(f => new { f.Id, f.Name, f.ParentId, f.DeletedAt, f.DeletedBy }).ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => d.DeletedAt != null)
            .Select(d => new { d.Id, d.Name, d.FolderId, d.DeletedAt, d.DeletedBy }).ToListAsync(cancellationToken);
        var entries = folders
            .Where(f => f.ParentId is { } parent && tree.IsLive(parent) && MayRestore(tree, parent, f.DeletedBy))
            .Select(f => Entry(tree, "folder", f.Id, f.Name, f.ParentId!.Value, f.DeletedAt!.Value, f.DeletedBy))
            .Concat(documents
                .Where(d => tree.IsLive(d.FolderId) && MayRestore(tree, d.FolderId, d.DeletedBy))
                .Select(d => Entry(tree, "document", d.Id, d.Name, d.FolderId, d.DeletedAt!.Value, d.DeletedBy)));
        return [.. entries.OrderByDescending(e => e.DeletedAt).ThenBy(e => e.Id)];
    }

    public bool MayRestore(FolderTree tree, Guid originalFolderId, Guid? deletedBy)
    {
        var level = tree.RawLevelOn(originalFolderId);
        return level >= AccessLevel.Manage || (deletedBy is not null && deletedBy == access.UserId && level >= AccessLevel.Write);
    }

    public static bool MayPurge(FolderTree tree, Guid originalFolderId) => tree.RawLevelOn(originalFolderId) >= AccessLevel.Manage;

    private RecycleBinEntry Entry(FolderTree tree, string kind, Guid id, string name, Guid folderId, DateTimeOffset deletedAt, Guid? deletedBy) =>
        new(kind, id, name, folderId, FolderSubtree.PathOf(tree, folderId), deletedAt, deletedBy, deletedAt.AddDays(options.RecycleBinDays));
}
