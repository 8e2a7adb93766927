using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using Platform.Host.Identity.Access;
using Platform.Host.Identity.Authentication;
using Platform.Host.Identity.Clients;
using Platform.Host.Identity.Keys;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel;

namespace Platform.Host.Identity;

/// <summary>
/// Wires identity into the host: the identity store, ASP.NET Core Identity, the OpenIddict server (token endpoint,
/// discovery) with persisted keys, bearer-token validation and permission enforcement: every endpoint requires an
/// authenticated caller unless it says <c>AllowAnonymous()</c>, and <c>RequirePermission</c> names what it needs.
/// </summary>
internal static class IdentitySetup
{
    public const string TokenEndpoint = "connect/token";

    public static void AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlatformIdentityOptions>().Bind(configuration.GetSection(PlatformIdentityOptions.Section));
        services.AddSingleton<PlatformIdentityDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<PlatformIdentityDbContextFactory>().Create());
        services.AddScoped<ClientRegistration>();

        // The Data Protection key ring lives in the data folder: it encrypts the server's keys at rest and must
        // survive restarts (and be shared by hosts that share the folder).
        services.AddDataProtection().SetApplicationName("Platform");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<PlatformOptions>, ILoggerFactory>((o, platform, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(
                ServerKeyStore.CreatePrivateDirectory(Path.Combine(ServerKeyStore.DirectoryOf(platform.Value), "data-protection")), logs));
        services.AddSingleton<ServerKeyStore>();

        services.AddIdentityCore<PlatformUser>()
            .AddRoles<PlatformRole>()
            .AddEntityFrameworkStores<PlatformIdentityDbContext>();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PlatformIdentityDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint);
                o.AllowClientCredentialsFlow();

                // Access tokens are signed JWTs, not encrypted ones: every API request validates one, and an RSA
                // decryption per request would cost more than the request itself. They carry no secrets.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableTokenEndpointPassthrough();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
        services.AddOptions<OpenIddictServerOptions>().Configure<ServerKeyStore, IOptions<PlatformIdentityOptions>>((o, keys, identity) =>
        {
            o.SigningCredentials.Add(new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(keys.EncryptionKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            o.AccessTokenLifetime = identity.Value.AccessTokenLifetime;
        });
        services.AddOptions<OpenIddictServerAspNetCoreOptions>().Configure<IOptions<PlatformIdentityOptions>>((o, identity) =>
            o.DisableTransportSecurityRequirement = !identity.Value.RequireHttps);

        // Requests are authenticated by PlatformAuthenticationMiddleware with the scheme their credentials call
        // for; refusals are answered by the API challenge handler, which needs no per-request state of its own.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = ApiChallengeHandler.SchemeName;
                o.DefaultForbidScheme = ApiChallengeHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiChallengeHandler>(ApiChallengeHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddPlatformAccess(configuration);
    }
}
