using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>
/// Which spaces the caller sees: those whose root they may read, and those where they may read only a folder further
/// down (shared with them on its own) — otherwise such a folder could not be reached by browsing.
/// </summary>
internal sealed class SpaceVisibility(FolderTree tree, IReadOnlySet<Guid> spacesWithReadableFolders)
{
    public static async Task<SpaceVisibility> OfAsync(DocumentAccess access, CancellationToken cancellationToken)
    {
        var tree = await access.TreeAsync(cancellationToken);
        var spaces = tree.ReadableFolderIds().Select(id => tree.Find(id)!.SpaceId).ToHashSet();
        return new SpaceVisibility(tree, spaces);
    }

    public bool IsVisible(Space space) => spacesWithReadableFolders.Contains(space.Id);

    /// <summary>The caller's level on the space's root (None when they see only something below it).</summary>
    public AccessLevel RootLevel(Space space) => tree.LevelOn(space.RootFolderId);
}
