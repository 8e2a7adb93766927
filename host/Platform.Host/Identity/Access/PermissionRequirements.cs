using Microsoft.AspNetCore.Authorization;

namespace Platform.Host.Identity.Access;

/// <summary>The caller is one the platform still honours: an active user, or a client that still exists.</summary>
internal sealed class ActiveCallerRequirement : IAuthorizationRequirement
{
    public static ActiveCallerRequirement Instance { get; } = new();
}

/// <summary>The caller holds <see cref="Permission"/> in this call.</summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Checks both requirements against the request's <see cref="CallerAccess"/>, worked out once per request.</summary>
internal sealed class CallerAccessHandler(CallerAccessResolver resolver, IHttpContextAccessor accessor) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        var pending = context.PendingRequirements.Where(r => r is ActiveCallerRequirement or PermissionRequirement).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var http = context.Resource as HttpContext ?? accessor.HttpContext;
        if (http is null || !ReferenceEquals(http.User, context.User))
        {
            return; // only requests are authorized against permissions; anything else fails closed
        }

        var access = await resolver.ResolveAsync(http);
        if (!access.IsAllowed)
        {
            return;
        }

        foreach (var requirement in pending)
        {
            if (requirement is ActiveCallerRequirement || (requirement is PermissionRequirement p && access.Permissions.Contains(p.Permission)))
            {
                context.Succeed(requirement);
            }
        }
    }
}
