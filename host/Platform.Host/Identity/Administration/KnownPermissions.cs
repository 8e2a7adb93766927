using Platform.Host.Identity.Access;

namespace Platform.Host.Identity.Administration;

/// <summary>
/// Checks permission names a role or a client is to be granted against the permission catalogue: the platform's
/// own and those declared by the running modules.
/// </summary>
internal sealed class KnownPermissions(PermissionCatalog catalog)
{
    public IReadOnlySet<string> All => catalog.Names;

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
