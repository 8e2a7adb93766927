using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>A folder as <c>GET /folders/{id}</c> shows it: where it is, what the caller may do there, what it holds.</summary>
/// <param name="Breadcrumbs">The folders from the space's root down to this folder's parent, each with the caller's level on it.</param>
/// <param name="Access">The caller's level on the folder: Read, Write or Manage.</param>
/// <param name="FolderCount">The subfolders in use the caller may read.</param>
/// <param name="DocumentCount">The documents in use directly in the folder.</param>
public sealed record FolderDetails(
    Guid Id,
    string Name,
    Guid SpaceId,
    Guid? ParentId,
    bool IsSpaceRoot,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Access,
    bool InheritsAccess,
    int FolderCount,
    long DocumentCount,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    DateTimeOffset UpdatedAt,
    long Version)
{
    internal static FolderDetails From(Folder folder, FolderTree tree, int folderCount, long documentCount) => new(
        folder.Id,
        folder.Name,
        folder.SpaceId,
        folder.ParentId,
        folder.ParentId is null,
        Breadcrumb.Above(folder.Id, tree),
        tree.LevelOn(folder.Id).ToString(),
        folder.InheritsAccess,
        folderCount,
        documentCount,
        folder.CreatedAt,
        folder.CreatedBy,
        folder.UpdatedAt,
        folder.Version);
}

/// <summary>
/// One step of a folder's path. The names of folders above one the caller may read are shown (a path is not a secret
/// once one is inside it); <see cref="Access"/> None tells a client not to link to a step the caller cannot open.
/// </summary>
public sealed record Breadcrumb(Guid Id, string Name, string Access)
{
    internal static IReadOnlyList<Breadcrumb> Above(Guid folderId, FolderTree tree) =>
        [.. tree.AncestorsOf(folderId).Select(a => new Breadcrumb(a.Id, a.Name, tree.LevelOn(a.Id).ToString()))];
}
