using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>Where a rebuild of the search index stands.</summary>
/// <param name="State">Idle (never run since start), Running, Completed, Cancelled or Failed.</param>
/// <param name="Total">Documents (and stale entries) to go through.</param>
/// <param name="Processed">Gone through so far.</param>
/// <param name="Failed">Documents that could not be indexed (logged; the next rebuild or event tries again).</param>
public sealed record SearchRebuildProgress(string State, int Total, int Processed, int Failed, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public static readonly SearchRebuildProgress Idle = new("Idle", 0, 0, 0, null, null, null);
}

/// <summary>
/// Re-indexes every document in the background (after a restore from backup, a change of extraction rules, or to heal
/// an index an operator distrusts): all documents and all existing entries are staged again in batches, each batch in
/// its own scope and transaction, so the index stays usable throughout and a failure costs one batch at most (its
/// documents are then retried one by one). One rebuild runs at a time.
/// </summary>
internal sealed class SearchRebuild(ILifetimeScope root, TimeProvider time, ILogger<SearchRebuild> logger)
{
    private const int BatchSize = 50;

    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private SearchRebuildProgress _progress = SearchRebuildProgress.Idle;
    private Task? _running;

    public SearchRebuildProgress Progress
    {
        get
        {
            lock (_lock)
            {
                return _progress;
            }
        }
    }

    /// <summary>Starts a rebuild unless one is running; returns false when one already is.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (_progress.State == "Running")
            {
                return false;
            }

            _progress = new SearchRebuildProgress("Running", 0, 0, 0, time.GetUtcNow(), null, null);
            _running = Task.Run(() => RunAsync(_stopping.Token));
            return true;
        }
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_running is { } running)
        {
            await running;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            List<Guid> ids;
            await using (var scope = root.BeginLifetimeScope())
            {
                var db = scope.Resolve<DocumentsDbContext>();
                var documents = await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
                var entries = await db.SearchEntries.AsNoTracking().Select(e => e.DocumentId).ToListAsync(cancellationToken);
                ids = [.. documents.Union(entries)];
            }

            Update(p => p with { Total = ids.Count });
            foreach (var batch in ids.Chunk(BatchSize))
            {
                var failed = await IndexBatchAsync(batch, cancellationToken);
                Update(p => p with { Processed = p.Processed + batch.Length, Failed = p.Failed + failed });
            }

            Update(p => p with { State = "Completed", FinishedAt = time.GetUtcNow() });
            logger.LogInformation("Search index rebuilt: {Total} documents, {Failed} failed", Progress.Total, Progress.Failed);
        }
        catch (OperationCanceledException)
        {
            Update(p => p with { State = "Cancelled", FinishedAt = time.GetUtcNow() });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Search index rebuild failed");
            Update(p => p with { State = "Failed", FinishedAt = time.GetUtcNow(), Error = ex.Message });
        }
    }

    // Returns how many documents of the batch could not be indexed.
    private async Task<int> IndexBatchAsync(Guid[] batch, CancellationToken cancellationToken)
    {
        try
        {
            await IndexAsync(batch, cancellationToken);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "A batch of the search rebuild failed; indexing its documents one by one");
        }

        var failed = 0;
        foreach (var id in batch)
        {
            try
            {
                await IndexAsync([id], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Document {DocumentId} could not be indexed", id);
                failed++;
            }
        }

        return failed;
    }

    private async Task IndexAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var indexer = scope.Resolve<SearchIndexer>();
        foreach (var id in ids)
        {
            await indexer.StageAsync(id, cancellationToken, extractAgain: true);
        }

        await scope.Resolve<DocumentsDbContext>().SaveChangesAsync(cancellationToken);
    }

    private void Update(Func<SearchRebuildProgress, SearchRebuildProgress> change)
    {
        lock (_lock)
        {
            _progress = change(_progress);
        }
    }
}
