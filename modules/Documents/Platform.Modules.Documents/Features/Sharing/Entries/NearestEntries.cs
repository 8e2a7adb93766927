using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>An access entry that counts at a folder, and the folder it comes from.</summary>
internal sealed record EffectiveEntry(FolderGrant Grant, FolderNode From);

/// <summary>
/// The entries that count at a folder, one per principal, by the rule of <see cref="FolderTree"/>: walking up from the
/// folder, the nearest entry for a principal decides for it, and the walk stops after a folder that does not inherit.
/// FolderTree answers only the resulting level; this tells which entries produced it, for the access page and for
/// "why does this user have this level".
/// </summary>
internal static class NearestEntries
{
    /// <summary>The entries deciding at <paramref name="folderId"/>, its own included, nearest first.</summary>
    public static List<EffectiveEntry> At(FolderTree tree, ILookup<Guid, FolderGrant> grantsByFolder, Guid folderId) =>
        Walk(tree, grantsByFolder, tree.Find(folderId));

    /// <summary>
    /// The entries <paramref name="folderId"/> inherits from the folders above it (none when it does not inherit),
    /// nearest first, whether or not its own entries override them.
    /// </summary>
    public static List<EffectiveEntry> InheritedBy(FolderTree tree, ILookup<Guid, FolderGrant> grantsByFolder, Guid folderId) =>
        tree.Find(folderId) is { InheritsAccess: true, ParentId: { } parent } ? Walk(tree, grantsByFolder, tree.Find(parent)) : [];

    private static List<EffectiveEntry> Walk(FolderTree tree, ILookup<Guid, FolderGrant> grantsByFolder, FolderNode? start)
    {
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<EffectiveEntry>();
        var visited = new HashSet<Guid>();
        for (var current = start; current is not null && visited.Add(current.Id); current = current.ParentId is { } p ? tree.Find(p) : null)
        {
            foreach (var grant in grantsByFolder[current.Id].OrderBy(g => g.Id))
            {
                if (decided.Add(PrincipalKey.Of(grant)))
                {
                    entries.Add(new EffectiveEntry(grant, current));
                }
            }

            if (!current.InheritsAccess)
            {
                break;
            }
        }

        return entries;
    }
}

/// <summary>The identity of an entry's principal: two entries with one key on one folder are duplicates.</summary>
internal static class PrincipalKey
{
    public static string Of(FolderGrant grant) => Of(grant.PrincipalKind, grant.PrincipalId, grant.RoleName);

    public static string Of(PrincipalKind kind, Guid? principalId, string? roleName) => kind switch
    {
        PrincipalKind.Everyone => "everyone",
        PrincipalKind.Role => "role:" + roleName,
        _ => $"{kind.ToString().ToLowerInvariant()}:{principalId}",
    };
}
