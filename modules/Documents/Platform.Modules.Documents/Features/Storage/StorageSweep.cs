using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Storage;

/// <summary>What one storage sweep did.</summary>
/// <param name="ExpiredUploads">Upload sessions discarded (with their staged bytes).</param>
/// <param name="DeletedBlobs">Blobs deleted because no version uses them.</param>
/// <param name="FreedBytes">The bytes those blobs held.</param>
internal sealed record StorageSweepResult(int ExpiredUploads, int DeletedBlobs, long FreedBytes);

/// <summary>
/// Storage housekeeping, every <see cref="DocumentsOptions.StorageSweepMinutes"/> (hourly by default): discards resumable uploads past their expiry with their staged bytes, and deletes
/// blobs no version references any more (removed by retention, purged from the recycle bin, left by a crash between
/// storing content and saving its row) once they are older than <see cref="DocumentsOptions.OrphanGraceHours"/>.
/// </summary>
/// <remarks>
/// Why the grace period makes this safe against uploads in flight: every upload path stores its blob first and
/// saves the version row that references it afterwards (DocumentWriter's contract), so for a moment a fresh blob is
/// referenced by nothing. The blob's stored time is set when it is written (and refreshed when identical content is
/// stored again), so during that moment it is younger than the grace period, which lasts hours against a moment of
/// milliseconds to seconds: the sweep never sees it as an orphan. Staged upload bytes are not blobs at all and are
/// never listed here; they go only with their expired session. Each candidate is checked against the database once
/// more just before it is deleted, so a version saved since the sweep read its references keeps its blob too.
/// </remarks>
internal sealed class StorageSweep(ILifetimeScope root, DocumentBlobs blobs, DocumentsOptions options, TimeProvider time, ILogger<StorageSweep> logger)
    : PeriodicWork(time, logger)
{
    private readonly TimeProvider _time = time;

    public override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.StorageSweepMinutes));

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await SweepAsync(cancellationToken);
        return result.ExpiredUploads + result.DeletedBlobs > 0
            ? $"{result.ExpiredUploads} expired uploads discarded, {result.DeletedBlobs} unreferenced blobs deleted ({result.FreedBytes} bytes)"
            : null;
    }

    /// <summary>One sweep: expired uploads first, then unreferenced blobs.</summary>
    public async Task<StorageSweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var expired = await DiscardExpiredUploadsAsync(cancellationToken);
        var (deleted, freed) = await DeleteOrphansAsync(cancellationToken);
        return new StorageSweepResult(expired, deleted, freed);
    }

    private async Task<int> DiscardExpiredUploadsAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<DocumentsDbContext>();
        var now = _time.GetUtcNow();
        var sessions = await db.Uploads.Where(u => u.ExpiresAt <= now).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            await blobs.Container.DeleteStagedAsync(session.Id.ToString(), cancellationToken);
        }

        db.Uploads.RemoveRange(sessions);
        await db.SaveChangesAsync(cancellationToken);
        return sessions.Count(s => s.CompletedDocumentId is null);
    }

    private async Task<(int Deleted, long Freed)> DeleteOrphansAsync(CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<DocumentsDbContext>();
        var referenced = (await db.Versions.AsNoTracking().Select(v => v.Hash).Distinct().ToListAsync(cancellationToken))
            .Concat(await db.Documents.AsNoTracking().Select(d => d.Hash).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var cutoff = _time.GetUtcNow().AddHours(-Math.Max(0, options.OrphanGraceHours));

        var deleted = 0;
        var freed = 0L;
        await foreach (var blob in blobs.Container.ListAsync(cancellationToken))
        {
            if (referenced.Contains(blob.Hash) || blob.StoredAt > cutoff)
            {
                continue;
            }

            if (await db.Versions.AnyAsync(v => v.Hash == blob.Hash, cancellationToken) || await db.Documents.AnyAsync(d => d.Hash == blob.Hash, cancellationToken))
            {
                continue;
            }

            if (await blobs.Container.DeleteAsync(blob.Hash, cancellationToken))
            {
                deleted++;
                freed += blob.Length;
            }
        }

        return (deleted, freed);
    }
}
