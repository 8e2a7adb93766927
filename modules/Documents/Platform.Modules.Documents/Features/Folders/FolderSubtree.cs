using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>The folders below a folder, from the tree in memory (no query per level).</summary>
internal static class FolderSubtree
{
    /// <summary>
    /// The folder and every folder below it, parents before children. <paramref name="include"/> decides for each folder
    /// below whether it (and so what is below it) is part of the subtree.
    /// </summary>
    public static List<FolderNode> Of(FolderTree tree, Guid folderId, Func<FolderNode, bool>? include = null)
    {
        var children = tree.Folders.Where(f => f.ParentId is not null).ToLookup(f => f.ParentId!.Value);
        var result = new List<FolderNode>();
        if (tree.Find(folderId) is not { } top)
        {
            return result;
        }

        var seen = new HashSet<Guid> { top.Id };
        result.Add(top);
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var child in children[result[i].Id])
            {
                if (seen.Add(child.Id) && (include is null || include(child)))
                {
                    result.Add(child);
                }
            }
        }

        return result;
    }

    /// <summary>The folder's path from its space's root, e.g. "Company/Contracts/2026".</summary>
    public static string PathOf(FolderTree tree, Guid folderId) =>
        string.Join('/', tree.AncestorsOf(folderId).Select(a => a.Name).Append(tree.Find(folderId)?.Name ?? ""));
}
