using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Modules;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>A user as permission checks see them: whether they may act at all, their roles and what those grant.</summary>
internal sealed record UserAccess(bool IsActive, string? DisplayName, string? Email, FrozenSet<string> Roles, FrozenSet<string> Permissions, Guid? DepartmentId);

/// <summary>An OAuth client as permission checks see it: the scopes currently granted to it.</summary>
internal sealed record ClientAccess(string? DisplayName, FrozenSet<string> GrantedScopes);

/// <summary>
/// Keeps what users, roles and clients are allowed in memory, so an authenticated request costs no database round
/// trip. Whoever changes users, role permissions or clients calls one of the Invalidate methods, and the next request
/// reads the new state. Entries also expire after <see cref="AccessOptions.PermissionCacheDuration"/>, which bounds
/// how long another host's changes take to show here (and how long a department change in a module-provided
/// people directory, which the host is not told about).
/// </summary>
/// <remarks>
/// Every invalidation bumps one generation number; an entry loaded under an older generation is never served, so a
/// load racing with a change cannot bring back the old state. Changes are rare, so invalidating everything is cheap.
/// </remarks>
internal sealed class PermissionCache
{
    private readonly PlatformIdentityDbContextFactory _contexts;
    private readonly IServiceScopeFactory _scopes;
    private readonly PermissionCatalog _catalog;
    private readonly CapabilityRegistry _capabilities;
    private readonly TimeProvider _time;
    private readonly TimeSpan _duration;
    private readonly ConcurrentDictionary<Guid, Entry<UserAccess?>> _users = new();
    private readonly ConcurrentDictionary<string, Entry<ClientAccess?>> _clients = new(StringComparer.Ordinal);
    private Entry<FrozenDictionary<string, FrozenSet<string>>>? _roles;
    private long _generation;

    public PermissionCache(
        PlatformIdentityDbContextFactory contexts,
        IServiceScopeFactory scopes,
        PermissionCatalog catalog,
        CapabilityRegistry capabilities,
        TimeProvider time,
        IOptions<AccessOptions> options)
    {
        _capabilities = capabilities;
        _contexts = contexts;
        _scopes = scopes;
        _catalog = catalog;
        _time = time;
        _duration = options.Value.PermissionCacheDuration;
    }

    /// <summary>
    /// Forgets everything; the next request of each caller reads the store again. Call after any change to users
    /// (roles, active state), roles (permissions, names) or clients (granted scopes, deletion).
    /// </summary>
    public void InvalidateAll()
    {
        Interlocked.Increment(ref _generation);
        _users.Clear();
        _clients.Clear();
        _roles = null;
    }

    /// <summary>The user's access, or null when no such user exists.</summary>
    internal async ValueTask<UserAccess?> GetUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generation);
        if (_users.TryGetValue(userId, out var cached) && IsFresh(cached, generation))
        {
            return cached.Value;
        }

        var roles = await GetRoleGrantsAsync(generation, cancellationToken);
        await using var db = _contexts.Create();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.DisplayName, u.Email, u.UserName })
            .FirstOrDefaultAsync(cancellationToken);
        UserAccess? access = null;
        if (user is not null)
        {
            var roleNames = await (
                    from link in db.UserRoles.AsNoTracking()
                    join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
                    where link.UserId == userId
                    select role.Name)
                .ToListAsync(cancellationToken);
            var held = roleNames.OfType<string>().ToFrozenSet(StringComparer.Ordinal);
            var permissions = held.SelectMany(r => roles.GetValueOrDefault(r) ?? FrozenSet<string>.Empty).ToFrozenSet(StringComparer.Ordinal);
            access = new UserAccess(
                user.IsActive, string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName, user.Email, held, permissions,
                await DepartmentOfAsync(userId, cancellationToken));
        }

        _users[userId] = new Entry<UserAccess?>(access, generation, _time.GetUtcNow() + _duration);
        return access;
    }

    /// <summary>The client's granted scopes, or null when no such client exists.</summary>
    internal async ValueTask<ClientAccess?> GetClientAsync(string clientId, CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generation);
        if (_clients.TryGetValue(clientId, out var cached) && IsFresh(cached, generation))
        {
            return cached.Value;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        ClientAccess? access = null;
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
        {
            var granted = (await applications.GetPermissionsAsync(application, cancellationToken))
                .Where(p => p.StartsWith(OpenIddictConstants.Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[OpenIddictConstants.Permissions.Prefixes.Scope.Length..])
                .ToFrozenSet(StringComparer.Ordinal);
            access = new ClientAccess(await applications.GetDisplayNameAsync(application, cancellationToken), granted);
        }

        _clients[clientId] = new Entry<ClientAccess?>(access, generation, _time.GetUtcNow() + _duration);
        return access;
    }

    /// <summary>The user's department, when a module provides a people directory that knows departments.</summary>
    private async Task<Guid?> DepartmentOfAsync(Guid userId, CancellationToken cancellationToken) =>
        _capabilities.Find<IPeopleDirectory>() is { HasDepartments: true } directory
            ? (await directory.FindPersonAsync(userId, cancellationToken))?.DepartmentId
            : null;

    /// <summary>Each role's permissions; the Administrator holds every permission in the catalogue.</summary>
    private async ValueTask<FrozenDictionary<string, FrozenSet<string>>> GetRoleGrantsAsync(long generation, CancellationToken cancellationToken)
    {
        if (_roles is { } cached && IsFresh(cached, generation))
        {
            return cached.Value;
        }

        await using var db = _contexts.Create();
        var claims = await (
                from claim in db.RoleClaims.AsNoTracking()
                join role in db.Roles.AsNoTracking() on claim.RoleId equals role.Id
                where claim.ClaimType == PlatformPermissions.ClaimType
                select new { role.Name, claim.ClaimValue })
            .ToListAsync(cancellationToken);
        var known = _catalog.Names;
        var grants = claims
            .Where(c => c.Name is not null && c.ClaimValue is not null && known.Contains(c.ClaimValue))
            .GroupBy(c => c.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.ClaimValue!).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        grants[BuiltInRoles.Administrator] = known;
        var map = grants.ToFrozenDictionary(StringComparer.Ordinal);
        _roles = new Entry<FrozenDictionary<string, FrozenSet<string>>>(map, generation, _time.GetUtcNow() + _duration);
        return map;
    }

    private bool IsFresh<T>(Entry<T> entry, long generation) => entry.Generation == generation && entry.ExpiresAt > _time.GetUtcNow();

    private sealed record Entry<T>(T Value, long Generation, DateTimeOffset ExpiresAt);
}
