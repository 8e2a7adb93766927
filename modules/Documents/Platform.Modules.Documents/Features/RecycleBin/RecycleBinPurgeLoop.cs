using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// Purges what has been in the recycle bin longer than <see cref="DocumentsOptions.RecycleBinDays"/>, once at start and
/// then every <see cref="Interval"/> of the host's clock. Each item is purged on its own scope and transaction: one
/// failure (e.g. a restore racing the purge) is logged and retried on the next round.
/// </summary>
internal sealed class RecycleBinPurgeLoop(ILifetimeScope root, TimeProvider time, DocumentsOptions options, ILogger<RecycleBinPurgeLoop> logger)
    : PeriodicWork(time, logger)
{
    public override TimeSpan Interval => TimeSpan.FromDays(1);

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken) =>
        await PurgeExpiredAsync(cancellationToken) is > 0 and var purged ? $"{purged} items purged from the recycle bin" : null;

    /// <summary>One round: purges every folder and document deleted before the cutoff; returns how many were purged.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = Time.GetUtcNow().AddDays(-options.RecycleBinDays);
        List<Guid> folders, documents;
        await using (var scope = root.BeginLifetimeScope())
        {
            var db = scope.Resolve<DocumentsDbContext>();
            folders = await db.Folders.AsNoTracking().Where(f => f.DeletedAt != null && f.DeletedAt < cutoff).Select(f => f.Id).ToListAsync(cancellationToken);
            documents = await db.Documents.AsNoTracking().Where(d => d.DeletedAt != null && d.DeletedAt < cutoff).Select(d => d.Id).ToListAsync(cancellationToken);
        }

        var purged = 0;
        foreach (var (id, isFolder) in folders.Select(f => (f, true)).Concat(documents.Select(d => (d, false))))
        {
            try
            {
                await using var scope = root.BeginLifetimeScope();
                var purger = scope.Resolve<RecycleBinPurger>();
                await (isFolder ? purger.PurgeFolderAsync(id, cancellationToken) : purger.PurgeDocumentAsync(id, cancellationToken));
                purged++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogWarning(ex, "Recycle bin: {Id} could not be purged; retrying in {Interval}", id, Interval);
            }
        }

        return purged;
    }
}
