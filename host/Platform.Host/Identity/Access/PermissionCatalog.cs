using System.Collections.Frozen;
using Platform.Sdk.Permissions;

namespace Platform.Host.Identity.Access;

/// <summary>A permission the platform knows, with the module that declared it (<c>platform</c> for the host's own).</summary>
/// <param name="Name">The permission, e.g. <c>projects.write</c>.</param>
/// <param name="Description">What it allows.</param>
/// <param name="Module">The declaring module's id, or <c>platform</c>.</param>
/// <param name="DefaultRoles">The built-in roles that get it when it is first seen.</param>
public sealed record PermissionInfo(string Name, string Description, string Module, IReadOnlyList<string> DefaultRoles);

/// <summary>
/// Every permission in force: the platform's own and those declared by the modules that run. Administrators pick from
/// this list when they edit a role; the Administrator role holds all of it.
/// </summary>
internal sealed class PermissionCatalog
{
    public const string PlatformModule = "platform";

    private volatile Snapshot _snapshot = Snapshot.Of(PlatformPermissions.All.Select(p => Info(p, PlatformModule)));

    /// <summary>Every known permission, ordered by name.</summary>
    public IReadOnlyList<PermissionInfo> All => _snapshot.Ordered;

    /// <summary>The names of every known permission.</summary>
    public FrozenSet<string> Names => _snapshot.Names;

    /// <summary>Whether <paramref name="name"/> is a known permission.</summary>
    public bool Contains(string name) => _snapshot.Names.Contains(name);

    /// <summary>The permission named <paramref name="name"/>, or null.</summary>
    public PermissionInfo? Find(string name) => _snapshot.ByName.GetValueOrDefault(name);

    /// <summary>Replaces the modules' permissions with those of <paramref name="modules"/> (the platform's own stay).</summary>
    /// <param name="modules">Each module id with the permissions it declares.</param>
    public void SetModulePermissions(IEnumerable<(string ModuleId, IReadOnlyList<PermissionDefinition> Declared)> modules)
    {
        var all = PlatformPermissions.All.Select(p => Info(p, PlatformModule)).ToList();
        foreach (var (moduleId, declared) in modules)
        {
            // A name already taken (by the platform or an earlier module) keeps its first owner.
            all.AddRange(declared.Where(p => all.All(known => known.Name != p.Name)).Select(p => Info(p, moduleId)));
        }

        _snapshot = Snapshot.Of(all);
    }

    private static PermissionInfo Info(PermissionDefinition definition, string module) =>
        new(definition.Name, definition.Description, module, definition.DefaultRoles);

    private sealed record Snapshot(IReadOnlyList<PermissionInfo> Ordered, FrozenDictionary<string, PermissionInfo> ByName, FrozenSet<string> Names)
    {
        public static Snapshot Of(IEnumerable<PermissionInfo> permissions)
        {
            var ordered = permissions.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var byName = ordered.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
            return new Snapshot(ordered, byName, byName.Keys.ToFrozenSet(StringComparer.Ordinal));
        }
    }
}
