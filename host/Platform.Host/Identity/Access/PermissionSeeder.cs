using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Brings the identity store in line with the permission catalogue at startup: creates the built-in roles that are
/// missing and applies each permission's default role grants the first time the permission is seen. Grants are
/// Identity role claims of type <see cref="PlatformPermissions.ClaimType"/>. Runs under the migration lock, so two
/// starting hosts never seed twice.
/// </summary>
internal sealed class PermissionSeeder(
    PlatformIdentityDbContextFactory contexts,
    PermissionCatalog catalog,
    PermissionCache cache,
    DatabaseProviderConfigurator configurator,
    TimeProvider time,
    ILogger<PermissionSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await IsUpToDateAsync(cancellationToken))
        {
            cache.InvalidateAll();
            return;
        }

        await using var db = contexts.Create();
        var roles = await db.Roles.ToDictionaryAsync(r => r.NormalizedName!, StringComparer.Ordinal, cancellationToken);
        foreach (var name in BuiltInRoles.All)
        {
            var normalized = Normalize(name);
            if (!roles.ContainsKey(normalized))
            {
                var role = new PlatformRole { Id = Guid.CreateVersion7(time.GetUtcNow()), Name = name, NormalizedName = normalized, ConcurrencyStamp = Guid.NewGuid().ToString() };
                db.Roles.Add(role);
                roles[normalized] = role;
                logger.LogInformation("Created the built-in role {Role}", name);
            }
        }

        var seeded = (await db.SeededPermissions.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var pending = catalog.All.Where(p => !seeded.Contains(p.Name)).ToList();
        if (pending.Count > 0)
        {
            var existing = (await db.RoleClaims.Where(c => c.ClaimType == PlatformPermissions.ClaimType)
                    .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken))
                .Select(c => (c.RoleId, c.ClaimValue)).ToHashSet();
            var now = time.GetUtcNow();
            foreach (var permission in pending)
            {
                // The Administrator holds everything anyway; the claim keeps the stored grants readable as they are in force.
                foreach (var roleName in permission.DefaultRoles.Append(BuiltInRoles.Administrator).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (!roles.TryGetValue(Normalize(roleName), out var role))
                    {
                        logger.LogWarning("Permission {Permission} names the unknown default role {Role}; ignored", permission.Name, roleName);
                        continue;
                    }

                    if (existing.Add((role.Id, permission.Name)))
                    {
                        db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = PlatformPermissions.ClaimType, ClaimValue = permission.Name });
                    }
                }

                db.SeededPermissions.Add(new SeededPermission { Name = permission.Name, SeededAt = now });
            }

            logger.LogInformation("Applied the default role grants of {Count} new permissions", pending.Count);
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        cache.InvalidateAll();
    }

    /// <summary>
    /// Whether every built-in role exists and every permission of the catalogue was seeded: the usual warm start,
    /// checked with two plain reads so that it does not build the identity store's model.
    /// </summary>
    private async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        var schema = PlatformIdentityDbContext.Schema;
        var roles = await PlainQueries.ReadColumnAsync(configurator, schema, "roles", nameof(PlatformRole.NormalizedName), cancellationToken);
        var seeded = await PlainQueries.ReadColumnAsync(configurator, schema, "seeded_permissions", nameof(SeededPermission.Name), cancellationToken);
        return BuiltInRoles.All.All(r => roles.Contains(Normalize(r))) && catalog.All.All(p => seeded.Contains(p.Name));
    }

    private static string Normalize(string roleName) => roleName.ToUpperInvariant();
}
