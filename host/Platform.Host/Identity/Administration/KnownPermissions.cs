using Platform.Host.Kernel.Modules;

namespace Platform.Host.Identity.Administration;

/// <summary>
/// The permission names a role or a client can be granted: the platform's own and those declared by the modules
/// that registered. Read from the module catalogue on demand, so a newly installed module's permissions count as
/// soon as it has loaded.
/// </summary>
internal sealed class KnownPermissions(ModuleCatalog catalog)
{
    public IReadOnlySet<string> All => AdministrationPermissions.All
        .Concat(catalog.Modules.Where(m => m.Builder is not null).SelectMany(m => m.Builder!.Permissions.Declared.Select(p => p.Name)))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Adds a field error for every name in <paramref name="names"/> that is not a known permission.</summary>
    public void Validate(IEnumerable<string>? names, string field, Platform.Sdk.Http.ValidationErrors errors, IReadOnlySet<string>? alsoAllowed = null)
    {
        var known = All;
        foreach (var name in names ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(field, $"{field} must not contain empty names.");
            }
            else if (!known.Contains(name) && alsoAllowed?.Contains(name) != true)
            {
                errors.Add(field, $"Unknown permission '{name}'.");
            }
        }
    }
}
