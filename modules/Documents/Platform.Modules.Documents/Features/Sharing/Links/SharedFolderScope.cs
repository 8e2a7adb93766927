using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// What a folder's share link opens: the folder and the live folders below it, except those closed off on purpose,
/// with everything below them: a folder that does not inherit access, or one with an entry withdrawing access from
/// someone (level None). Whoever made the link shared the folder as it is open to its members; parts its managers
/// restricted stay restricted. Recycle-bin state counts at every request: a link of a folder in the bin opens nothing,
/// and works again once the folder is restored.
/// </summary>
internal sealed class SharedFolderScope(FolderTree tree, Guid sharedFolderId, IReadOnlySet<Guid> withdrawingFolders)
{
    public Guid SharedFolderId => sharedFolderId;

    public FolderTree Tree => tree;

    public bool Includes(Guid folderId)
    {
        if (!tree.IsLive(folderId))
        {
            return false;
        }

        var visited = new HashSet<Guid>();
        for (var current = folderId; current != sharedFolderId; )
        {
            if (!visited.Add(current) || tree.Find(current) is not { } node || !node.InheritsAccess || withdrawingFolders.Contains(node.Id) || node.ParentId is not { } parent)
            {
                return false;
            }

            current = parent;
        }

        return true;
    }

    /// <summary>The included folders directly in <paramref name="folderId"/>, by name.</summary>
    public IEnumerable<FolderNode> ChildrenOf(Guid folderId) =>
        tree.Folders.Where(f => f.ParentId == folderId && Includes(f.Id)).OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase);

    /// <summary>The folders from the shared one down to <paramref name="folderId"/>, for breadcrumbs.</summary>
    public IReadOnlyList<FolderNode> PathTo(Guid folderId) =>
        [.. tree.AncestorsOf(folderId).SkipWhile(a => a.Id != sharedFolderId), tree.Find(folderId)!];
}
