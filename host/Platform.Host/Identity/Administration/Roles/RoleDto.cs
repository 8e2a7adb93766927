using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>A role and what it may do.</summary>
/// <param name="Id">The role's id.</param>
/// <param name="Name">Unique name (case-insensitive).</param>
/// <param name="Description">What the role is for.</param>
/// <param name="BuiltIn">Administrator, Manager and Employee: they cannot be renamed or deleted.</param>
/// <param name="Permissions">Granted permission names, sorted.</param>
/// <param name="UserCount">How many users hold the role.</param>
public sealed record RoleDto(Guid Id, string Name, string? Description, bool BuiltIn, IReadOnlyList<string> Permissions, int UserCount)
{
    /// <summary>The role claim type under which a role's permissions are stored (value: the permission name).</summary>
    public const string PermissionClaimType = "permission";

    public static bool IsBuiltIn(string? name) => BuiltInRoles.All.Contains(name ?? "", StringComparer.OrdinalIgnoreCase);

    /// <summary>Permissions and user counts of <paramref name="roles"/>, in two queries.</summary>
    public static async Task<List<RoleDto>> LoadAsync(PlatformIdentityDbContext db, IReadOnlyList<PlatformRole> roles, CancellationToken cancellationToken)
    {
        var ids = roles.Select(r => r.Id).ToList();
        var permissions = (await db.RoleClaims.AsNoTracking()
                .Where(c => ids.Contains(c.RoleId) && c.ClaimType == PermissionClaimType)
                .Select(c => new { c.RoleId, c.ClaimValue })
                .ToListAsync(cancellationToken))
            .Where(c => c.ClaimValue is not null)
            .OrderBy(c => c.ClaimValue, StringComparer.Ordinal)
            .ToLookup(c => c.RoleId, c => c.ClaimValue!);
        var counts = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.RoleId))
            .GroupBy(ur => ur.RoleId)
            .Select(g => new { RoleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.RoleId, g => g.Count, cancellationToken);
        return [.. roles.Select(r => new RoleDto(
            r.Id, r.Name ?? "", r.Description, IsBuiltIn(r.Name), [.. permissions[r.Id].Distinct(StringComparer.Ordinal)], counts.GetValueOrDefault(r.Id)))];
    }

    public static async Task<RoleDto> LoadAsync(PlatformIdentityDbContext db, PlatformRole role, CancellationToken cancellationToken) =>
        (await LoadAsync(db, [role], cancellationToken))[0];
}
