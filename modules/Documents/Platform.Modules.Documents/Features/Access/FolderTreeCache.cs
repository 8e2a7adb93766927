using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>Every folder and access entry as of one <see cref="FolderTreeRevision"/> stamp.</summary>
internal sealed record FolderTreeSnapshot(Guid Stamp, IReadOnlyDictionary<Guid, FolderNode> Folders, IReadOnlyList<FolderGrant> Grants);

/// <summary>
/// The folder tree and access entries kept in memory between requests, one copy for the module. Each request reads the
/// tree's stamp (one row) and reads the folders and entries again only when the stamp changed: with thousands of
/// folders, reading them took longer than the rest of a listing or a search. The stamp is read before the rows, so a
/// change committed in between makes the copy look older than it is (read again next time), never newer.
/// </summary>
internal sealed class FolderTreeCache
{
    private FolderTreeSnapshot? _current;

    /// <summary>The snapshot for the stamp <paramref name="db"/> sees now.</summary>
    public async Task<FolderTreeSnapshot> GetAsync(DocumentsDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await db.FolderTreeRevisions.AsNoTracking().Where(r => r.Id == FolderTreeRevision.SingleId)
            .Select(r => r.Stamp).FirstOrDefaultAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Stamp == stamp)
        {
            return current;
        }

        var folders = await db.Folders.AsNoTracking()
            .Select(f => new FolderNode(
                f.Id, f.SpaceId, f.ParentId, f.Name, f.InheritsAccess, f.DeletedAt != null,
                f.OwnRetention ? new RetentionRules(f.KeepVersions, f.ThinVersionsAfterDays) : null))
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        var grants = await db.Grants.AsNoTracking().ToListAsync(cancellationToken);
        var snapshot = new FolderTreeSnapshot(stamp, folders, grants);
        Volatile.Write(ref _current, snapshot);
        return snapshot;
    }
}
