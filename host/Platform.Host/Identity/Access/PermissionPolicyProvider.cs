using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Resolves <c>permission:&lt;name&gt;</c> policies (what <see cref="PermissionEndpointExtensions.RequirePermission{TBuilder}"/>
/// asks for) to "an authenticated, active caller holding the permission". The default policy (a bare
/// <c>RequireAuthorization()</c>) and the fallback policy (every endpoint without authorization metadata) are
/// <see cref="Authenticated"/> (see <see cref="AccessSetup"/>); endpoints open on purpose say <c>AllowAnonymous()</c>.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public static AuthorizationPolicy Authenticated { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(ActiveCallerRequirement.Instance)
        .Build();

    private readonly ConcurrentDictionary<string, AuthorizationPolicy> _policies = new(StringComparer.Ordinal);

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(RequiredPermission.PolicyPrefix, StringComparison.Ordinal) && policyName.Length > RequiredPermission.PolicyPrefix.Length)
        {
            return Task.FromResult<AuthorizationPolicy?>(_policies.GetOrAdd(policyName, static name => new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(ActiveCallerRequirement.Instance, new PermissionRequirement(name[RequiredPermission.PolicyPrefix.Length..]))
                .Build()));
        }

        return base.GetPolicyAsync(policyName);
    }
}
