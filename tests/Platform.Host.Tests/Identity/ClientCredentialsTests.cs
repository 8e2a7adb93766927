using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity.Clients;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// The OpenID Connect server's first slice over real HTTP: a confidential client obtains an access token with the
/// client credentials grant and calls the API with it; keys survive a restart.
/// </summary>
public sealed class ClientCredentialsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly List<PlatformHost> _hosts = [];
    private TestDatabase? _database;

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _database?.Dispose();
        _temp.Dispose();
    }

    /// <summary>Starts a host and waits until it has loaded (and so migrated the identity store).</summary>
    private PlatformHost Start(string provider)
    {
        _database ??= TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        _hosts.Add(host);
        _ = host.CreateClient();
        return host;
    }

    private static async Task<CreatedClient> CreateClientAsync(PlatformHost host, string id, params string[] scopes)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientRegistration>()
            .CreateConfidentialAsync(id, $"{id} (test)", scopes, CancellationToken.None);
    }

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope ?? "",
        }.Where(p => p.Value.Length > 0)));

    private static async Task<string> AccessTokenAsync(HttpClient http, string clientId, string secret, string? scope)
    {
        var token = await (await RequestTokenAsync(http, clientId, secret, scope)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        return token.GetProperty("access_token").GetString()!;
    }

    private static Task<HttpResponseMessage> GetMeAsync(HttpClient http, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/platform/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_client_gets_a_token_and_the_api_knows_who_it_is(string provider)
    {
        var host = Start(provider);
        var http = host.CreateClient();
        var client = await CreateClientAsync(host, "reporting", "projects.read", "projects.write");

        var token = await AccessTokenAsync(http, client.ClientId, client.ClientSecret, "projects.read");
        var me = await (await GetMeAsync(http, token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("reporting", me.GetProperty("subject").GetString());
        Assert.Equal("reporting", me.GetProperty("clientId").GetString());
        Assert.Equal(["projects.read"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["projects.read"], me.GetProperty("permissions").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(me.GetProperty("roles").EnumerateArray());

        // Without a token, and with a tampered one: 401 as ProblemDetails.
        foreach (var missing in new[] { null, token[..^4] + "AAAA" })
        {
            var anonymous = await GetMeAsync(http, missing);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
            Assert.Equal(401, (await anonymous.ReadJsonAsync(HttpStatusCode.Unauthorized)).GetProperty("status").GetInt32());
        }

        // Everything else needs a caller too (the fallback policy), and the token's scopes decide what it may do.
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/platform/modules")).StatusCode);
        using var modules = new HttpRequestMessage(HttpMethod.Get, "/api/platform/modules") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(modules)).StatusCode);
    }

    [Fact]
    public async Task A_token_request_naming_no_scope_gets_every_granted_scope()
    {
        var host = Start("sqlite");
        var http = host.CreateClient();
        var client = await CreateClientAsync(host, "exporter", "projects.read", "platform.audit.read");

        var token = await AccessTokenAsync(http, client.ClientId, client.ClientSecret, null);
        var me = await (await GetMeAsync(http, token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["platform.audit.read", "projects.read"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
    }

    [Fact]
    public async Task Wrong_secrets_unknown_clients_and_ungranted_scopes_get_no_token()
    {
        var host = Start("sqlite");
        var http = host.CreateClient();
        var client = await CreateClientAsync(host, "billing", "finance.read");

        var wrongSecret = await RequestTokenAsync(http, client.ClientId, client.ClientSecret + "x", null);
        Assert.Contains(wrongSecret.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", await ErrorAsync(wrongSecret));

        var unknown = await RequestTokenAsync(http, "nobody", client.ClientSecret, null);
        Assert.Contains(unknown.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });

        var ungranted = await RequestTokenAsync(http, client.ClientId, client.ClientSecret, "projects.write");
        Assert.Equal(HttpStatusCode.BadRequest, ungranted.StatusCode);
        Assert.Equal("invalid_scope", await ErrorAsync(ungranted));
    }

    [Fact]
    public async Task Discovery_describes_the_token_endpoint()
    {
        var http = Start("sqlite").CreateClient();
        var discovery = await http.GetJsonAsync("/.well-known/openid-configuration");
        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        var keys = await http.GetJsonAsync(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Swagger_documents_me_as_needing_a_bearer_token()
    {
        var http = Start("sqlite").CreateClient();
        var platform = await http.GetJsonAsync("/swagger/platform/swagger.json");
        var me = platform.GetProperty("paths").GetProperty("/api/platform/me").GetProperty("get");
        Assert.False(string.IsNullOrEmpty(me.GetProperty("description").GetString()));
        Assert.True(me.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(me.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.Equal("bearer", platform.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());

        // Every API operation needs a token.
        var modules = platform.GetProperty("paths").GetProperty("/api/platform/modules").GetProperty("get");
        Assert.True(modules.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.Contains("`platform.modules.read`", modules.GetProperty("description").GetString());
        Assert.True(modules.GetProperty("responses").TryGetProperty("403", out _));
        Assert.False(me.GetProperty("responses").TryGetProperty("403", out _)); // me needs a caller, no permission
    }

    [Fact]
    public async Task Keys_persist_so_a_token_from_before_a_restart_is_still_accepted()
    {
        var first = Start("sqlite");
        var client = await CreateClientAsync(first, "nightly-job");
        var token = await AccessTokenAsync(first.CreateClient(), client.ClientId, client.ClientSecret, null);
        var signingKey = await File.ReadAllBytesAsync(_temp.Combine("data", "keys", "openid-signing.key"));
        await first.DisposeAsync();
        _hosts.Remove(first);

        var second = Start("sqlite");
        var me = await (await GetMeAsync(second.CreateClient(), token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("nightly-job", me.GetProperty("clientId").GetString());
        Assert.Equal(signingKey, await File.ReadAllBytesAsync(_temp.Combine("data", "keys", "openid-signing.key")));

        // The key is stored encrypted, never as plain PKCS#8.
        Assert.DoesNotContain("PRIVATE KEY", System.Text.Encoding.ASCII.GetString(signingKey));
    }

    [Fact]
    public async Task The_clients_create_verb_prints_a_working_secret()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var run = await HostProcess.RunToEndAsync(
            "clients", "create", "--id", "cli-client", "--name", "From the CLI", "--scope", "projects.read",
            $"--Platform:Plugins:Paths:0={plugins.Path}", $"--Platform:DataDirectory={_temp.Combine("data")}");
        Assert.True(run.ExitCode == 0, run.Output);
        var secret = System.Text.RegularExpressions.Regex.Match(run.Output, @"client_secret:\s+(\S+)").Groups[1].Value;
        Assert.NotEmpty(secret);

        var again = await HostProcess.RunToEndAsync(
            "clients", "create", "--id", "cli-client", "--name", "Twice", $"--Platform:DataDirectory={_temp.Combine("data")}");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Output);

        var http = Start("sqlite").CreateClient();
        var token = await AccessTokenAsync(http, "cli-client", secret, "projects.read");
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(http, token)).StatusCode);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }
}
