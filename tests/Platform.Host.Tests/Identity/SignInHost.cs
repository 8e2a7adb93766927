using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Platform.Host.Identity;
using Platform.Host.Identity.Clients;
using Platform.Host.Kernel.Persistence;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// A started host for sign-in tests, with helpers that act like the people and apps involved: creating users
/// (through Identity's UserManager), registering clients, and running the authorization code flow with PKCE.
/// </summary>
public sealed class SignInHost : IDisposable
{
    public const string Password = "correct horse battery";
    public const string RedirectUri = "http://localhost/app/callback";
    public const string PostLogoutUri = "http://localhost/app/signed-out";

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public SignInHost(string provider = "sqlite", IDictionary<string, string?>? settings = null)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        Host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, settings);
        Http = Host.CreateClient();
    }

    public PlatformHost Host { get; }

    /// <summary>A client without cookies, for API and token calls.</summary>
    public HttpClient Http { get; }

    public BrowserSession NewBrowser() => new(Host);

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    public async Task<PlatformUser> CreateUserAsync(string userName, string? email = null, params string[] roles)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = new PlatformUser { UserName = userName, Email = email, DisplayName = $"{userName} (test)", CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            var roleStore = scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>();
            foreach (var role in roles)
            {
                if (!await roleStore.RoleExistsAsync(role))
                {
                    Assert.True((await roleStore.CreateAsync(new PlatformRole { Name = role })).Succeeded);
                }
            }

            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return user;
    }

    /// <summary>Changes a user through the store, as an administrator would (the admin API is not needed for that).</summary>
    public async Task UpdateUserAsync(string userName, Func<UserManager<PlatformUser>, PlatformUser, Task> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no user {userName}");
        await change(users, user);
    }

    public async Task<PlatformUser> FindUserAsync(string userName)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"no user {userName}");
    }

    public async Task<CreatedInteractiveClient> CreateClientAsync(string clientId, bool firstParty = false, bool confidential = false, params string[] scopes)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientRegistration>().CreateInteractiveAsync(
            new InteractiveClient(clientId, $"{clientId} app", [new Uri(RedirectUri)], [new Uri(PostLogoutUri)],
                scopes.Length > 0 ? scopes : ["profile", "email", "roles", "offline_access", "api"], firstParty, confidential),
            CancellationToken.None);
    }

    /// <summary>The audit entries the host recorded for a user, read from the platform store.</summary>
    public async Task<List<AuditEntry>> AuditAsync(string entityId)
    {
        await using var platform = Host.Services.GetRequiredService<PlatformDbContextFactory>().Create();
        return await platform.AuditEntries.Where(e => e.Module == "platform" && e.EntityId == entityId).OrderBy(e => e.Id).ToListAsync();
    }

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string clientId, string scope, string challenge, string state = "st4te", string? extra = null, string method = "S256") =>
        "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["nonce"] = "n0nce",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = method,
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}")) + (extra is null ? "" : "&" + extra);

    /// <summary>Reads the redirect to the client: the code (or error) and state it carries.</summary>
    public static Dictionary<string, string> CallbackParameters(HttpResponseMessage response)
    {
        Assert.True(BrowserSession.IsRedirect(response), $"expected a redirect to the client, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.GetLeftPart(UriPartial.Path));
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>
    /// The whole flow in a browser: authorization request, sign-in page, consent (allowed) when asked, and the
    /// redirect back; then the code is exchanged for tokens at the token endpoint.
    /// </summary>
    public async Task<JsonElement> AuthorizeAsync(BrowserSession browser, string clientId, string scope, string userName = "alice", string? clientSecret = null)
    {
        var (verifier, challenge) = Pkce();
        var response = await browser.FollowAsync(await browser.GetAsync(AuthorizeUrl(clientId, scope, challenge)));
        if (response.StatusCode == HttpStatusCode.OK && browser.Html.Contains("action=\"/account/sign-in", StringComparison.Ordinal))
        {
            response = await browser.FollowAsync(await browser.SubmitAsync("/account/sign-in", ("userName", userName), ("password", Password)));
        }

        if (response.StatusCode == HttpStatusCode.OK && browser.Html.Contains("action=\"/connect/authorize/consent", StringComparison.Ordinal))
        {
            response = await browser.FollowAsync(await browser.SubmitAsync("/connect/authorize/consent", ("decision", "allow")));
        }

        var callback = CallbackParameters(response);
        Assert.Equal("st4te", callback["state"]);
        return await ExchangeCodeAsync(clientId, callback["code"], verifier, clientSecret);
    }

    public async Task<JsonElement> ExchangeCodeAsync(string clientId, string code, string verifier, string? clientSecret = null, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await TokenAsync(("grant_type", "authorization_code"), ("client_id", clientId), ("client_secret", clientSecret), ("code", code),
            ("redirect_uri", RedirectUri), ("code_verifier", verifier))).ReadJsonAsync(expected);

    public Task<HttpResponseMessage> RefreshAsync(string clientId, string refreshToken, string? clientSecret = null) =>
        TokenAsync(("grant_type", "refresh_token"), ("client_id", clientId), ("client_secret", clientSecret), ("refresh_token", refreshToken));

    public Task<HttpResponseMessage> TokenAsync(params (string Name, string? Value)[] fields) =>
        Http.PostAsync("/connect/token", new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!))));

    public static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.TryGetProperty("error", out var error) ? error.GetString() : null;
    }

    public static Task<HttpResponseMessage> GetWithTokenAsync(HttpClient http, string url, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    /// <summary>The payload of a JWT that is signed but not encrypted (identity tokens).</summary>
    public static JsonElement JwtPayload(string jwt) =>
        JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.Split('.')[1])).RootElement.Clone();
}
