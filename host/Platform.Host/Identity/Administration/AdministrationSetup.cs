using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Administration.Clients;
using Platform.Host.Identity.Administration.Users;
using Platform.Host.Identity.Bootstrap;

namespace Platform.Host.Identity.Administration;

/// <summary>Services of identity administration; all cheap to register, none touches the database at startup.</summary>
internal static class AdministrationSetup
{
    public static void AddIdentityAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<UserAccounts>();
        services.AddScoped<ClientAdministration>();
        services.AddSingleton<KnownPermissions>();
        services.AddSingleton<AdministratorGuard>();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section));
        services.AddSingleton<IdentityBootstrap>();

        services.AddOptions<InvitationTokenOptions>().Configure(o =>
        {
            if (configuration.GetValue<TimeSpan?>($"{PlatformIdentityOptions.Section}:InvitationLifetime") is { } lifetime)
            {
                o.TokenLifespan = lifetime;
            }
        });
        services.AddTransient<InvitationTokens>();
        services.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[InvitationTokens.ProviderName] = new TokenProviderDescriptor(typeof(InvitationTokens)));
    }
}
