using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// Removes items from the recycle bin for good: a folder with every folder below it, their documents (with versions,
/// tags and metadata, which cascade from the document), access entries and share links; a document with its versions,
/// tags, metadata and share links. Blobs stay: the orphan sweep removes those no version points at any more (another
/// document or a copy may share them). One transaction per item, with its documents.deleted.v1 events (Purged=true):
/// one for the item and one for each document that went with a folder, so consumers such as the search index forget
/// them too.
/// </summary>
internal sealed class RecycleBinPurger(DocumentsDbContext db)
{
    public async Task PurgeFolderAsync(Guid folderId, CancellationToken cancellationToken)
    {
        var folder = await db.Folders.AsNoTracking().FirstOrDefaultAsync(f => f.Id == folderId, cancellationToken);
        // Restored meanwhile (or never deleted): nothing to purge.
        if (folder?.ParentId is not { } parentId || folder.DeletedAt is null)
        {
            return;
        }

        var spaceFolders = await db.Folders.AsNoTracking().Where(f => f.SpaceId == folder.SpaceId && f.ParentId != null)
            .Select(f => new { f.Id, ParentId = f.ParentId!.Value }).ToListAsync(cancellationToken);
        var children = spaceFolders.ToLookup(f => f.ParentId, f => f.Id);
        var subtree = new List<Guid> { folderId };
        for (var i = 0; i < subtree.Count; i++)
        {
            subtree.AddRange(children[subtree[i]].Where(c => !subtree.Contains(c)));
        }

        var documents = await db.Documents.AsNoTracking().Where(d => subtree.Contains(d.FolderId))
            .Select(d => new { d.Id, d.FolderId, d.Name }).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ShareLinks.Where(l => l.FolderId != null && subtree.Contains(l.FolderId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.Documents.Where(d => subtree.Contains(d.FolderId)).ExecuteDeleteAsync(cancellationToken);
        await db.Grants.Where(g => subtree.Contains(g.FolderId)).ExecuteDeleteAsync(cancellationToken);
        // One statement for the whole subtree: the parent references are checked when it ends, not row by row.
        await db.Folders.Where(f => subtree.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
        foreach (var document in documents)
        {
            db.PublishEvent(new DocumentDeleted(document.Id, document.FolderId, null, document.Name, Purged: true));
        }

        db.PublishEvent(new DocumentDeleted(null, parentId, folderId, folder.Name, Purged: true));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task PurgeDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document?.DeletedAt is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken);
        db.PublishEvent(new DocumentDeleted(document.Id, document.FolderId, null, document.Name, Purged: true));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
