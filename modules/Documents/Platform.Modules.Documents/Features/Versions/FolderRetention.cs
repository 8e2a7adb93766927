using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>What a folder says of retention: its parent, and its own rules when it sets them.</summary>
internal sealed record FolderRetentionRow(Guid Id, Guid? ParentId, string Name, bool OwnRetention, int? KeepVersions, int? ThinVersionsAfterDays);

/// <summary>
/// The version retention that applies in a folder: that of the nearest folder, itself or above, that sets its own
/// (<see cref="Domain.Folder.OwnRetention"/>), else the module's settings. Looked up folder by folder for one document,
/// or resolved in memory over all folders for the daily run.
/// </summary>
internal sealed class FolderRetention(DocumentsDbContext db, VersionRetention moduleRules)
{
    // Folder trees are never this deep (moves refuse cycles); the bound only keeps a damaged tree from looping.
    private const int MaxDepth = 1_000;

    /// <summary>The rules that apply in <paramref name="folderId"/>, and the folder that set them (null: the module's settings).</summary>
    public async Task<(VersionRetention Rules, FolderRetentionRow? Source)> ForFolderAsync(Guid folderId, CancellationToken cancellationToken)
    {
        Guid? next = folderId;
        for (var depth = 0; next is { } id && depth < MaxDepth; depth++)
        {
            var folder = await Rows(db.Folders.Where(f => f.Id == id)).FirstOrDefaultAsync(cancellationToken);
            if (folder is null)
            {
                break;
            }

            if (folder.OwnRetention)
            {
                return (RulesOf(folder), folder);
            }

            next = folder.ParentId;
        }

        return (moduleRules, null);
    }

    /// <summary>Every folder's retention row, by id, for resolving many documents at once.</summary>
    public async Task<Dictionary<Guid, FolderRetentionRow>> AllAsync(CancellationToken cancellationToken) =>
        await Rows(db.Folders).ToDictionaryAsync(f => f.Id, cancellationToken);

    /// <summary>Whether any folder sets rules that remove versions.</summary>
    public static bool AnyActive(IEnumerable<FolderRetentionRow> folders) => folders.Any(f => f.OwnRetention && RulesOf(f).IsActive);

    /// <summary>The rules that apply in <paramref name="folderId"/>, resolved over <paramref name="folders"/>.</summary>
    public static VersionRetention Resolve(Guid folderId, IReadOnlyDictionary<Guid, FolderRetentionRow> folders, VersionRetention moduleRules)
    {
        Guid? next = folderId;
        for (var depth = 0; next is { } id && depth < MaxDepth && folders.TryGetValue(id, out var folder); depth++)
        {
            if (folder.OwnRetention)
            {
                return RulesOf(folder);
            }

            next = folder.ParentId;
        }

        return moduleRules;
    }

    private static VersionRetention RulesOf(FolderRetentionRow folder) => new(folder.KeepVersions, folder.ThinVersionsAfterDays);

    private static IQueryable<FolderRetentionRow> Rows(IQueryable<Domain.Folder> folders) => folders.AsNoTracking()
        .Select(f => new FolderRetentionRow(f.Id, f.ParentId, f.Name, f.OwnRetention, f.KeepVersions, f.ThinVersionsAfterDays));
}
