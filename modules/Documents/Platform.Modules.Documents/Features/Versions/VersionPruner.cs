using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// Applies <see cref="VersionRetention"/> to one document: the rules of its folder (<see cref="FolderRetention"/>).
/// Marks the versions the rules drop for deletion in the tracked context, without saving, so the caller removes them in
/// the same SaveChanges that added a new version. Only rows go; the content of a removed version stays until the
/// storage sweep finds no version left that uses it.
/// </summary>
internal sealed class VersionPruner(DocumentsDbContext db, FolderRetention folders, TimeProvider time)
{
    /// <summary>Marks the versions of <paramref name="document"/> that its folder's retention drops as deleted; returns how many.</summary>
    /// <param name="document">A tracked document whose current version may still be unsaved.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<int> PruneAsync(Document document, CancellationToken cancellationToken) =>
        await PruneAsync(document, (await folders.ForFolderAsync(document.FolderId, cancellationToken)).Rules, cancellationToken);

    /// <summary>Marks the versions of <paramref name="document"/> that <paramref name="retention"/> drops as deleted; returns how many.</summary>
    public async Task<int> PruneAsync(Document document, VersionRetention retention, CancellationToken cancellationToken)
    {
        if (!retention.IsActive)
        {
            return 0;
        }

        var stored = await db.Versions.Where(v => v.DocumentId == document.Id).ToListAsync(cancellationToken);
        var versions = stored
            .Concat(db.Versions.Local.Where(v => v.DocumentId == document.Id))
            .DistinctBy(v => v.Id)
            .ToList();
        var remove = retention.ToRemove(versions.Select(v => new VersionStamp(v.Number, v.CreatedAt)).ToList(), document.CurrentVersionNumber, time.GetUtcNow())
            .ToHashSet();
        var removed = versions.Where(v => remove.Contains(v.Number)).ToList();
        db.Versions.RemoveRange(removed);
        return removed.Count;
    }
}
