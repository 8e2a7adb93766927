using Microsoft.AspNetCore.Builder;

namespace Platform.Sdk.Security;

/// <summary>The one call an endpoint (or a route group) makes to name the permission it needs.</summary>
public static class PermissionEndpointExtensions
{
    /// <summary>
    /// Requires an authenticated caller holding <paramref name="permission"/>: anonymous callers get 401, callers
    /// without the permission 403. Applied to a group, it holds for every endpoint in the group.
    /// </summary>
    /// <param name="builder">The endpoint or route group.</param>
    /// <param name="permission">The permission, e.g. <c>projects.tasks.write</c>.</param>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(permission);
        var required = new RequiredPermission(permission);
        builder.WithMetadata(required);
        builder.RequireAuthorization(required.PolicyName);
        return builder;
    }
}
