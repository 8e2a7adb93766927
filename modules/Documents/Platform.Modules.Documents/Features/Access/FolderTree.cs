using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>
/// The folders of every space as a tree in memory (ids, parents, inheritance flags, recycle-bin marks), with the access
/// entries that concern one caller, and the rule that turns them into an access level per folder:
/// for each principal the caller is (themself, each department they belong to, each role, everyone), the entry that
/// counts is the nearest one walking up from the folder, stopping after a folder that does not inherit; the caller's
/// level is the highest of those. An explicit <see cref="AccessLevel.None"/> entry so withdraws what one principal
/// inherited, without touching what the caller holds through another.
/// </summary>
internal sealed class FolderTree
{
    private readonly IReadOnlyDictionary<Guid, FolderNode> _folders;
    private readonly ILookup<Guid, FolderGrant> _grantsByFolder;
    private readonly bool _managesAll;
    private readonly Dictionary<Guid, AccessLevel> _levels = [];
    private readonly Dictionary<Guid, bool> _live = [];
    private readonly Dictionary<Guid, IReadOnlyDictionary<Principal, AccessLevel>> _nearest = [];
    private ILookup<Guid, Guid>? _children;

    private static readonly IReadOnlyDictionary<Principal, AccessLevel> NoEntries = new Dictionary<Principal, AccessLevel>();

    public FolderTree(IEnumerable<FolderNode> folders, IEnumerable<FolderGrant> callerGrants, bool managesAll)
        : this(folders.ToDictionary(f => f.Id), callerGrants, managesAll)
    {
    }

    public FolderTree(IReadOnlyDictionary<Guid, FolderNode> folders, IEnumerable<FolderGrant> callerGrants, bool managesAll)
    {
        _folders = folders;
        _grantsByFolder = callerGrants.ToLookup(g => g.FolderId);
        _managesAll = managesAll;
    }

    /// <summary>Every folder known, in use or in the recycle bin.</summary>
    public IEnumerable<FolderNode> Folders => _folders.Values;

    public FolderNode? Find(Guid folderId) => _folders.GetValueOrDefault(folderId);

    /// <summary>Whether the folder exists and neither it nor a folder above it is in the recycle bin.</summary>
    public bool IsLive(Guid folderId)
    {
        if (_live.TryGetValue(folderId, out var known))
        {
            return known;
        }

        var live = _folders.TryGetValue(folderId, out var folder)
            && !folder.IsDeleted
            && (folder.ParentId is not { } parent || IsLive(parent));
        _live[folderId] = live;
        return live;
    }

    /// <summary>The caller's level on the folder, whether it is live or not (see <see cref="LevelOn"/> for live ones only).</summary>
    public AccessLevel RawLevelOn(Guid folderId)
    {
        if (_managesAll)
        {
            return _folders.ContainsKey(folderId) ? AccessLevel.Manage : AccessLevel.None;
        }

        if (_levels.TryGetValue(folderId, out var cached))
        {
            return cached;
        }

        var nearest = NearestEntries(folderId);
        var level = nearest.Count == 0 ? AccessLevel.None : nearest.Values.Max();
        _levels[folderId] = level;
        return level;
    }

    /// <summary>
    /// For each principal, the level of its nearest entry walking up from the folder (stopping after a folder that does
    /// not inherit). Worked out from the top down and kept per folder, a folder without entries of its own sharing its
    /// parent's, so that the levels of a whole tree cost one step per folder (a search needs every folder's).
    /// </summary>
    private IReadOnlyDictionary<Principal, AccessLevel> NearestEntries(Guid folderId)
    {
        // The folders from this one up to the first whose entries are known, one that does not inherit, or a root.
        var chain = new List<FolderNode>();
        var visited = new HashSet<Guid>();
        var above = NoEntries;
        for (var current = _folders.GetValueOrDefault(folderId); current is not null && visited.Add(current.Id);
             current = current.ParentId is { } parent ? _folders.GetValueOrDefault(parent) : null)
        {
            if (_nearest.TryGetValue(current.Id, out var known))
            {
                above = known;
                break;
            }

            chain.Add(current);
            if (!current.InheritsAccess)
            {
                break;
            }
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var folder = chain[i];
            var inherited = folder.InheritsAccess ? above : NoEntries;
            var own = _grantsByFolder[folder.Id].ToList();
            if (own.Count > 0)
            {
                // A folder's own entry for a principal replaces what it inherited for that principal (the first one
                // decides when a folder holds two for the same principal).
                var merged = new Dictionary<Principal, AccessLevel>(inherited);
                foreach (var byPrincipal in own.GroupBy(PrincipalOf))
                {
                    merged[byPrincipal.Key] = byPrincipal.First().Level;
                }

                inherited = merged;
            }

            _nearest[folder.Id] = inherited;
            above = inherited;
        }

        return above;
    }

    /// <summary>The caller's level on a live folder; <see cref="AccessLevel.None"/> for a folder in the recycle bin or unknown.</summary>
    public AccessLevel LevelOn(Guid folderId) => IsLive(folderId) ? RawLevelOn(folderId) : AccessLevel.None;

    /// <summary>The live folders the caller may at least read.</summary>
    public IReadOnlyList<Guid> ReadableFolderIds() =>
        [.. _folders.Keys.Where(id => LevelOn(id) >= AccessLevel.Read)];

    /// <summary>
    /// The tops of the parts of the tree the caller may read: readable live folders whose parent is not readable (or
    /// that are a space's root). Everything readable lies below one of them; not everything below them is readable.
    /// </summary>
    public IReadOnlyList<Guid> ReadableRoots() =>
        [.. _folders.Values.Where(f => LevelOn(f.Id) >= AccessLevel.Read && (f.ParentId is not { } parent || LevelOn(parent) < AccessLevel.Read)).Select(f => f.Id)];

    /// <summary>The folder's ancestors from its space's root down to its parent.</summary>
    public IReadOnlyList<FolderNode> AncestorsOf(Guid folderId)
    {
        var chain = new List<FolderNode>();
        var visited = new HashSet<Guid> { folderId };
        for (var parent = _folders.GetValueOrDefault(folderId)?.ParentId; parent is { } id && visited.Add(id) && _folders.TryGetValue(id, out var node); parent = node.ParentId)
        {
            chain.Add(node);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The folder and every folder below it, in use or not.</summary>
    public IReadOnlySet<Guid> SubtreeOf(Guid folderId)
    {
        _children ??= _folders.Values.Where(f => f.ParentId is not null).ToLookup(f => f.ParentId!.Value, f => f.Id);
        var subtree = new HashSet<Guid> { folderId };
        var pending = new Stack<Guid>([folderId]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in _children[current])
            {
                if (subtree.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        return subtree;
    }

    /// <summary>Whether <paramref name="folderId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(Guid folderId, Guid ancestorId) =>
        folderId == ancestorId || AncestorsOf(folderId).Any(a => a.Id == ancestorId);

    private static Principal PrincipalOf(FolderGrant grant) => grant.PrincipalKind switch
    {
        PrincipalKind.Everyone => new(PrincipalKind.Everyone, null, null),
        PrincipalKind.Role => new(PrincipalKind.Role, null, grant.RoleName),
        _ => new(grant.PrincipalKind, grant.PrincipalId, null),
    };

    // Who an access entry is for.
    private readonly record struct Principal(PrincipalKind Kind, Guid? Id, string? Role);
}

/// <summary>What the access rules (and version retention, <see cref="Retention"/>: the folder's own rules, null when it inherits) need of a folder.</summary>
internal sealed record FolderNode(Guid Id, Guid SpaceId, Guid? ParentId, string Name, bool InheritsAccess, bool IsDeleted, RetentionRules? Retention = null);
