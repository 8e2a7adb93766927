using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// Applies version retention to every document with more than one version, daily, each by its folder's rules
/// (<see cref="FolderRetention"/>): thinning by age changes as time passes without anyone uploading, and a lowered
/// cap (<see cref="DocumentsOptions.KeepVersions"/> or a folder's) takes effect on old documents too. Each document is
/// pruned and saved on its own, so one failure does not stop the others.
/// </summary>
internal sealed class VersionRetentionLoop(ILifetimeScope root, VersionRetention retention, TimeProvider time, ILogger<VersionRetentionLoop> logger)
    : PeriodicWork(time, logger)
{
    public override TimeSpan Interval => TimeSpan.FromDays(1);

    public override async Task<string?> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> documentIds;
        IReadOnlyDictionary<Guid, FolderNode> folders;
        await using (var scope = root.BeginLifetimeScope())
        {
            folders = await scope.Resolve<FolderRetention>().AllAsync(cancellationToken);
            if (!retention.IsActive && !FolderRetention.AnyActive(folders.Values))
            {
                return null;
            }

            documentIds = await scope.Resolve<DocumentsDbContext>().Versions.AsNoTracking()
                .GroupBy(v => v.DocumentId)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key)
                .ToListAsync(cancellationToken);
        }

        var removed = 0;
        foreach (var documentId in documentIds)
        {
            try
            {
                await using var scope = root.BeginLifetimeScope();
                var db = scope.Resolve<DocumentsDbContext>();
                if (await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken) is not { } document)
                {
                    continue;
                }

                var rules = FolderRetention.Resolve(document.FolderId, folders, retention);
                var count = await scope.Resolve<VersionPruner>().PruneAsync(document, rules, cancellationToken);
                if (count > 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    removed += count;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Version retention of document {DocumentId} failed; retrying in {Interval}", documentId, Interval);
            }
        }

        return removed > 0 ? $"{removed} versions removed by retention" : null;
    }
}
