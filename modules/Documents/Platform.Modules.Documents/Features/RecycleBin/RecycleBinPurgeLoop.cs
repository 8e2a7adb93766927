using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>
/// Purges what has been in the recycle bin longer than <see cref="DocumentsOptions.RecycleBinDays"/>, once at start and
/// then every <see cref="Interval"/> of the host's clock. Each item is purged on its own scope and transaction: one
/// failure (e.g. a restore racing the purge) is logged and retried on the next round.
/// </summary>
internal sealed class RecycleBinPurgeLoop(ILifetimeScope root, TimeProvider time, DocumentsOptions options, ILogger<RecycleBinPurgeLoop> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private CancellationTokenSource? _stopping;
    private Task? _running;

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        _running = RunAsync(_stopping.Token);
    }

    public async Task StopAsync()
    {
        if (_stopping is null || _running is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is the expected way out of the loop.
        }

        _stopping.Dispose();
    }

    /// <summary>One round: purges every folder and document deleted before the cutoff; returns how many were purged.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.RecycleBinDays);
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
                logger.LogWarning(ex, "Recycle bin: {Id} could not be purged; retrying in {Interval}", id, Interval);
            }
        }

        return purged;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the caller's thread: the host's start does not wait for the first round.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var purged = await PurgeExpiredAsync(cancellationToken);
                if (purged > 0)
                {
                    logger.LogInformation("Recycle bin: {Purged} items purged", purged);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Recycle bin purge failed; retrying in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
