using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// The version retention that applies in a folder: that of the nearest folder, itself or above, that sets its own
/// (<see cref="Folder.OwnRetention"/>), else the module's settings. Resolved over the folder tree the module keeps in
/// memory (<see cref="FolderTreeCache"/>), which every change to a folder renews.
/// </summary>
internal sealed class FolderRetention(DocumentsDbContext db, FolderTreeCache trees, VersionRetention moduleRules)
{
    // Folder trees are never this deep (moves refuse cycles); the bound only keeps a damaged tree from looping.
    private const int MaxDepth = 1_000;

    /// <summary>The rules that apply in <paramref name="folderId"/>, and the folder that set them (null: the module's settings).</summary>
    public async Task<(VersionRetention Rules, FolderNode? Source)> ForFolderAsync(Guid folderId, CancellationToken cancellationToken)
    {
        var source = SourceOf(folderId, await AllAsync(cancellationToken));
        return (source is null ? moduleRules : RulesOf(source.Retention!), source);
    }

    /// <summary>Every folder, by id, for resolving many documents at once.</summary>
    public async Task<IReadOnlyDictionary<Guid, FolderNode>> AllAsync(CancellationToken cancellationToken) =>
        (await trees.GetAsync(db, cancellationToken)).Folders;

    /// <summary>Whether any folder sets rules that remove versions.</summary>
    public static bool AnyActive(IEnumerable<FolderNode> folders) => folders.Any(f => f.Retention is { } own && RulesOf(own).IsActive);

    /// <summary>The rules that apply in <paramref name="folderId"/>, resolved over <paramref name="folders"/>.</summary>
    public static VersionRetention Resolve(Guid folderId, IReadOnlyDictionary<Guid, FolderNode> folders, VersionRetention moduleRules) =>
        SourceOf(folderId, folders) is { Retention: { } own } ? RulesOf(own) : moduleRules;

    // The folder itself or the nearest one above that sets its own rules; null when none does.
    private static FolderNode? SourceOf(Guid folderId, IReadOnlyDictionary<Guid, FolderNode> folders)
    {
        Guid? next = folderId;
        for (var depth = 0; next is { } id && depth < MaxDepth && folders.TryGetValue(id, out var folder); depth++)
        {
            if (folder.Retention is not null)
            {
                return folder;
            }

            next = folder.ParentId;
        }

        return null;
    }

    private static VersionRetention RulesOf(RetentionRules rules) => new(rules.KeepVersions, rules.ThinVersionsAfterDays);
}
