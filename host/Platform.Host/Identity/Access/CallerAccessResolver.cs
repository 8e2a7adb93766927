using System.Collections.Frozen;
using System.Security.Claims;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Works out a request's <see cref="CallerAccess"/> from its authenticated principal, once per request (the result is
/// kept on the request), from the <see cref="PermissionCache"/>:
/// <list type="bullet">
/// <item>a user: the union of their roles' permissions; nothing if they are deactivated; narrowed to the token's scopes
/// when the call comes through an OAuth client, unless the token holds the <c>api</c> scope (the sign-in cookie is never narrowed);</item>
/// <item>a client on its own behalf: the token's scopes that are permissions and are still granted to the client.</item>
/// </list>
/// </summary>
internal sealed class CallerAccessResolver(PermissionCache cache, PermissionCatalog catalog)
{
    /// <summary>The scope that lets a user's token carry every permission the user holds.</summary>
    public const string ApiScope = "api";

    public ValueTask<CallerAccess> ResolveAsync(HttpContext context)
    {
        var principal = context.User;
        if (context.Features.Get<CallerAccessFeature>() is { } resolved && ReferenceEquals(resolved.Principal, principal))
        {
            return ValueTask.FromResult(resolved.Access);
        }

        return ResolveAndKeepAsync(context, principal);
    }

    /// <summary>The access already worked out for this request, if any.</summary>
    public static CallerAccess? Resolved(HttpContext context) =>
        context.Features.Get<CallerAccessFeature>() is { } resolved && ReferenceEquals(resolved.Principal, context.User) ? resolved.Access : null;

    private async ValueTask<CallerAccess> ResolveAndKeepAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var access = await ComputeAsync(CallerPrincipal.Parse(principal), context.RequestAborted);
        context.Features.Set(new CallerAccessFeature(principal, access));
        return access;
    }

    private async ValueTask<CallerAccess> ComputeAsync(CallerPrincipal caller, CancellationToken cancellationToken)
    {
        switch (caller.Kind)
        {
            case CallerKind.User:
            {
                var user = await cache.GetUserAsync(caller.UserId!.Value, cancellationToken);
                if (user is not { IsActive: true })
                {
                    return CallerAccess.Refused(caller);
                }

                if (caller.IsFromToken && await cache.GetClientAsync(caller.ClientId!, cancellationToken) is null)
                {
                    return CallerAccess.Refused(caller);
                }

                var permissions = caller.IsFromToken && !caller.Scopes.Contains(ApiScope)
                    ? user.Permissions.Where(caller.Scopes.Contains).ToHashSet(StringComparer.Ordinal)
                    : (IReadOnlySet<string>)user.Permissions;
                return new CallerAccess(caller, true, caller.Name ?? user.DisplayName, caller.Email ?? user.Email, user.Roles, permissions, user.DepartmentId);
            }

            case CallerKind.Client:
            {
                var client = await cache.GetClientAsync(caller.ClientId!, cancellationToken);
                if (client is null)
                {
                    return CallerAccess.Refused(caller);
                }

                var known = catalog.Names;
                var permissions = caller.Scopes.Where(s => known.Contains(s) && client.GrantedScopes.Contains(s)).ToHashSet(StringComparer.Ordinal);
                return new CallerAccess(caller, true, caller.Name ?? client.DisplayName, null, (IReadOnlySet<string>)FrozenSet<string>.Empty, permissions);
            }

            default:
                return CallerAccess.Anonymous;
        }
    }

    private sealed record CallerAccessFeature(ClaimsPrincipal Principal, CallerAccess Access);
}
