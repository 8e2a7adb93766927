using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Host.Identity;
using Platform.Host.Identity.Access;
using Platform.Host.Identity.Clients;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>
/// Callers for tests, made the way the product makes them: a confidential client registered through
/// <see cref="ClientRegistration"/> gets a real access token from <c>/connect/token</c> (client credentials), and the
/// returned <see cref="HttpClient"/> sends it as a bearer token. Users are created with Identity's UserManager.
/// Until the sign-in flows exist, a user's requests are made with <see cref="CreateClientAs"/>: the test server hands
/// the pipeline the principal that the sign-in cookie or a user's token would produce (nothing in the product does this).
/// </summary>
public static class TestIdentity
{
    /// <summary>An HTTP client authenticated as a new OAuth client holding exactly <paramref name="permissions"/> (none: a valid token without permissions).</summary>
    public static async Task<HttpClient> CreateClientWithPermissionsAsync(this PlatformHost host, params string[] permissions)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await host.IssueClientTokenAsync(permissions));
        return http;
    }

    /// <summary>An HTTP client holding every permission of the running platform and modules.</summary>
    public static Task<HttpClient> CreateAdministratorClientAsync(this PlatformHost host) =>
        host.CreateClientWithPermissionsAsync([.. host.AllPermissions()]);

    /// <summary>Synchronous form of <see cref="CreateAdministratorClientAsync"/> for constructors and setup methods.</summary>
    public static HttpClient CreateAdministratorClient(this PlatformHost host) =>
        Task.Run(host.CreateAdministratorClientAsync).GetAwaiter().GetResult();

    /// <summary>Every permission in the catalogue of the running host.</summary>
    public static IReadOnlyList<string> AllPermissions(this PlatformHost host)
    {
        _ = host.CreateClient(); // waits until the modules are loaded, so their permissions are in the catalogue
        return [.. host.Services.GetRequiredService<PermissionCatalog>().All.Select(p => p.Name)];
    }

    /// <summary>Registers a client granted <paramref name="granted"/> and returns its access token (all granted scopes, or <paramref name="requested"/>).</summary>
    public static async Task<string> IssueClientTokenAsync(this PlatformHost host, IReadOnlyCollection<string> granted, string? requested = null)
    {
        var client = await host.RegisterClientAsync(granted);
        return await RequestTokenAsync(host.CreateClient(), client.ClientId, client.ClientSecret, requested);
    }

    /// <summary>Registers a confidential client with a unique id, granted <paramref name="granted"/>.</summary>
    public static async Task<CreatedClient> RegisterClientAsync(this PlatformHost host, IReadOnlyCollection<string> granted, string? clientId = null)
    {
        _ = host.CreateClient();
        await using var scope = host.Services.CreateAsyncScope();
        var id = clientId ?? $"test-{Guid.NewGuid():N}";
        return await scope.ServiceProvider.GetRequiredService<ClientRegistration>()
            .CreateConfidentialAsync(id, $"{id} (test)", granted, CancellationToken.None);
    }

    /// <summary>Asks <c>/connect/token</c> for a client credentials token; fails the test when none is issued.</summary>
    public static async Task<string> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (!string.IsNullOrEmpty(scope))
        {
            form["scope"] = scope;
        }

        var token = await (await http.PostAsync("/connect/token", new FormUrlEncodedContent(form))).ReadJsonAsync(HttpStatusCode.OK);
        return token.GetProperty("access_token").GetString()!;
    }

    /// <summary>Creates an active user in the given roles (built-in or existing ones) and returns their id.</summary>
    public static async Task<Guid> CreateUserAsync(this PlatformHost host, string userName, params string[] roles)
    {
        _ = host.CreateClient();
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = userName, Email = $"{userName}@example.test", DisplayName = userName, CreatedAt = DateTimeOffset.UtcNow };
        Check(await users.CreateAsync(user));
        if (roles.Length > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        return user.Id;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    /// <summary>
    /// An HTTP client whose requests enter the pipeline already carrying <paramref name="user"/>, as they would after
    /// authentication (authentication leaves a request without credentials as it is). Use <see cref="SignedInUser"/> or
    /// <see cref="UserToken"/> for the principal.
    /// </summary>
    public static HttpClient CreateClientAs(this PlatformHost host, ClaimsPrincipal user)
    {
        _ = host.CreateClient();
        return new HttpClient(host.Server.CreateHandler(context => context.User = user)) { BaseAddress = host.Server.BaseAddress };
    }

    /// <summary>The principal of a user signed in with the cookie: their id, no client, no scopes.</summary>
    public static ClaimsPrincipal SignedInUser(Guid userId, string? name = null)
    {
        var identity = new ClaimsIdentity("Identity.Application", OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Subject, userId.ToString()));
        if (name is not null)
        {
            identity.AddClaim(new Claim(OpenIddictConstants.Claims.Name, name));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>The principal of a user's access token issued to <paramref name="clientId"/> with <paramref name="scopes"/>.</summary>
    public static ClaimsPrincipal UserToken(Guid userId, string clientId, params string[] scopes)
    {
        var identity = new ClaimsIdentity("OpenIddict.Validation.AspNetCore", OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        identity.SetClaim(OpenIddictConstants.Claims.Subject, userId.ToString());
        identity.SetClaim(OpenIddictConstants.Claims.ClientId, clientId);
        identity.SetScopes(scopes);
        return new ClaimsPrincipal(identity);
    }
}
