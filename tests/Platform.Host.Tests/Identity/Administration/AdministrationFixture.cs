using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity;
using Platform.Host.Identity.Access;
using Platform.Host.Identity.Bootstrap;
using Platform.Host.Identity.Clients;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>
/// Hosts for the administration tests and callers for them: a confidential client registered through
/// <see cref="ClientRegistration"/> is granted permission names as scopes, gets a real token from <c>/connect/token</c>,
/// and calls the API with it.
/// </summary>
public sealed class AdministrationFixture : IDisposable
{
    public const string UsersRead = PlatformPermissions.UsersRead;
    public const string UsersManage = PlatformPermissions.UsersManage;
    public const string RolesRead = PlatformPermissions.RolesRead;
    public const string RolesManage = PlatformPermissions.RolesManage;
    public const string ClientsRead = PlatformPermissions.ClientsRead;
    public const string ClientsManage = PlatformPermissions.ClientsManage;

    public static readonly string[] AllAdministration = [UsersRead, UsersManage, RolesRead, RolesManage, ClientsRead, ClientsManage];

    private readonly List<PlatformHost> _hosts = [];
    private TestDatabase? _database;

    public TempDirectory Temp { get; } = new();

    public string DataPath => Temp.Combine("data");

    public PlatformHost Start(string provider = "sqlite", IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _database ??= TestDatabase.Create(provider);
        var plugins = Directory.Exists(Temp.Combine("plugins"))
            ? new PluginFolder(Temp.Combine("plugins"))
            : new PluginFolder(Temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = new PlatformHost(plugins.Path, DataPath, _database, settings, services: services);
        _hosts.Add(host);
        _ = host.CreateClient();
        using var scope = host.Services.CreateScope();
        BuiltInRoleSeed.CreateMissingAsync(scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>()).GetAwaiter().GetResult();
        return host;
    }

    public async Task StopAsync(PlatformHost host)
    {
        await host.DisposeAsync();
        _hosts.Remove(host);
    }

    /// <summary>An HTTP client whose bearer token carries exactly <paramref name="permissions"/>; also returns the client id (the audit actor).</summary>
    public static async Task<(HttpClient Http, string ClientId)> CallerAsync(PlatformHost host, params string[] permissions)
    {
        var id = $"caller-{Guid.NewGuid():N}";
        CreatedClient client;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            client = await scope.ServiceProvider.GetRequiredService<ClientRegistration>().CreateConfidentialAsync(id, id, permissions, CancellationToken.None);
        }

        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, client.ClientId, client.ClientSecret, permissions));
        return (http, id);
    }

    public static async Task<HttpClient> AdministratorAsync(PlatformHost host) => (await CallerAsync(host, AllAdministration)).Http;

    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, IEnumerable<string>? scopes = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        var scope = string.Join(' ', scopes ?? []);
        if (scope.Length > 0)
        {
            form["scope"] = scope;
        }

        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(form) };
        return await http.SendAsync(anonymous);
    }

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string secret, IEnumerable<string>? scopes = null)
    {
        var token = await (await RequestTokenAsync(http, clientId, secret, scopes)).ReadJsonAsync(HttpStatusCode.OK);
        return token.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Audit entries of one entity, newest first.</summary>
    public static async Task<List<JsonElement>> AuditAsync(PlatformHost host, string entity, string entityId)
    {
        var (http, _) = await CallerAsync(host, "platform.audit.read");
        var page = await http.GetJsonAsync($"/api/platform/audit?entity={entity}&entityId={Uri.EscapeDataString(entityId)}&pageSize=200");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static async Task<string> ValidationMessagesAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for '{field}': {problem}");
        return string.Join(" | ", Strings(messages));
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _database?.Dispose();
        Temp.Dispose();
    }
}

public static class AdministrationHttp
{
    /// <summary>Posts JSON and returns the response, whatever its status.</summary>
    public static Task<HttpResponseMessage> PostAsJsonAsyncRaw(this HttpClient http, string url, object body) => http.PostAsJsonAsync(url, body);
}
