using Microsoft.AspNetCore.Authorization;
using Platform.Host.Identity.People;
using Platform.Host.Kernel.Modules;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Wires permission enforcement (the catalogue, the cache, the policies) and what modules read about the caller:
/// <see cref="ICurrentUser"/> and the <see cref="IPeopleDirectory"/>.
/// </summary>
internal static class AccessSetup
{
    public static void AddPlatformAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(PlatformIdentityOptions.Section));
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<PermissionCache>();
        services.AddSingleton<PermissionSeeder>();
        services.AddSingleton<CallerAccessResolver>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.DefaultPolicy = PermissionPolicyProvider.Authenticated;
            o.FallbackPolicy = PermissionPolicyProvider.Authenticated;
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, CallerAccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        services.AddScoped<ICurrentUser, CurrentUser>();

        // The people directory: a module's implementation when one provides it, else the platform's users.
        services.AddSingleton<PlatformPeopleDirectory>();
        services.AddScoped<IPeopleDirectory>(sp =>
            sp.GetRequiredService<CapabilityRegistry>().Find<IPeopleDirectory>() ?? sp.GetRequiredService<PlatformPeopleDirectory>());
        services.AddScoped<IUserAccounts, PlatformUserAccounts>();
    }
}
