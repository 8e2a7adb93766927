using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>OAuth clients over the administration API, checked against the real token endpoint.</summary>
public sealed class ClientsAdministrationTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_confidential_client_is_created_granted_rotated_and_deleted(string provider)
    {
        var host = _fixture.Start(provider);
        var (admin, adminClientId) = await CallerAsync(host, AllAdministration);
        var anonymous = host.CreateClient();

        var created = await admin.PostJsonAsync("/api/platform/clients",
            new { clientId = "reporting", displayName = "Reporting job", type = "confidential", permissions = new[] { "projects.read" } }, HttpStatusCode.Created);
        var secret = created.GetProperty("clientSecret").GetString()!;
        Assert.Equal("confidential", created.GetProperty("client").GetProperty("type").GetString());
        Assert.Equal(["client_credentials"], Strings(created.GetProperty("client").GetProperty("grantTypes")));
        var reader = host.CreateClient();
        reader.DefaultRequestHeaders.Authorization = new("Bearer", await TokenAsync(anonymous, "reporting", secret, ["projects.read"]));
        await reader.GetJsonAsync("/api/projects/projects", HttpStatusCode.OK);
        await admin.PostJsonAsync("/api/platform/clients", new { clientId = "reporting", displayName = "Again", type = "confidential" }, HttpStatusCode.Conflict);

        // Listing and reading never show a secret.
        var listed = await admin.GetAsync("/api/platform/clients?search=REPORT");
        var listedBody = await listed.Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, listedBody);
        Assert.Equal(["reporting"], JsonDocument.Parse(listedBody).RootElement.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("clientId").GetString()));
        var get = await admin.GetAsync("/api/platform/clients/reporting");
        Assert.DoesNotContain(secret, await get.Content.ReadAsStringAsync());

        // Grant projects.write, revoke projects.read.
        var granted = await SendAsync(admin, HttpMethod.Put, "/api/platform/clients/reporting/permissions", new { permissions = new[] { "projects.write" } }, get.Headers.ETag!.Tag);
        Assert.Equal(["projects.write"], Strings((await granted.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("permissions")));
        await TokenAsync(anonymous, "reporting", secret, ["projects.write"]);

        // The token issued with projects.read loses it on the very next request, not when a cache expires.
        await reader.GetJsonAsync("/api/projects/projects", HttpStatusCode.Forbidden);
        var revoked = await RequestTokenAsync(anonymous, "reporting", secret, ["projects.read"]);
        Assert.Equal(HttpStatusCode.BadRequest, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed,
            (await SendAsync(admin, HttpMethod.Put, "/api/platform/clients/reporting/permissions", new { permissions = Array.Empty<string>() }, get.Headers.ETag!.Tag)).StatusCode);

        // Rotation: the old secret stops working at once, the new one works.
        var rotated = await (await admin.PostAsync("/api/platform/clients/reporting/rotate-secret", null)).ReadJsonAsync(HttpStatusCode.OK);
        var newSecret = rotated.GetProperty("clientSecret").GetString()!;
        Assert.NotEqual(secret, newSecret);
        var old = await RequestTokenAsync(anonymous, "reporting", secret);
        Assert.Contains(old.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Contains("invalid_client", await old.Content.ReadAsStringAsync());
        await TokenAsync(anonymous, "reporting", newSecret, ["projects.write"]);

        var etag = (await admin.GetAsync("/api/platform/clients/reporting")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(admin, HttpMethod.Delete, "/api/platform/clients/reporting", ifMatch: etag)).StatusCode);
        await admin.GetJsonAsync("/api/platform/clients/reporting", HttpStatusCode.NotFound);
        Assert.Contains((await RequestTokenAsync(anonymous, "reporting", newSecret)).StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });

        var audit = await AuditAsync(host, "client", "reporting");
        Assert.All(audit, a => Assert.Equal($"client:{adminClientId}", a.GetProperty("actor").GetString()));
        Assert.Equal(["deleted", "secret-rotated", "permissions-changed", "created"], audit.Select(a => a.GetProperty("action").GetString()));
        var change = audit.Single(a => a.GetProperty("action").GetString() == "permissions-changed").GetProperty("changes");
        Assert.Equal(["projects.read"], Strings(change.GetProperty("revoked")));
        Assert.Equal(["projects.write"], Strings(change.GetProperty("granted")));
        var all = string.Join(" ", audit.Select(a => a.ToString()));
        Assert.DoesNotContain(secret, all);
        Assert.DoesNotContain(newSecret, all);
    }

    [Fact]
    public async Task Public_clients_need_safe_redirect_uris_and_get_no_secret()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);

        var noRedirect = await admin.PostAsJsonAsyncRaw("/api/platform/clients", new { clientId = "spa", displayName = "SPA", type = "public" });
        await ValidationMessagesAsync(noRedirect, "redirectUris");
        var unsafeRedirect = await admin.PostAsJsonAsyncRaw("/api/platform/clients",
            new { clientId = "spa", displayName = "SPA", type = "public", redirectUris = new[] { "http://evil.example.com/cb", "https://app.example.com/cb#frag" } });
        var messages = await ValidationMessagesAsync(unsafeRedirect, "redirectUris");
        Assert.Contains("evil.example.com", messages);
        Assert.Contains("fragment", messages);
        var badPermission = await admin.PostAsJsonAsyncRaw("/api/platform/clients",
            new { clientId = "spa", displayName = "SPA", type = "public", redirectUris = new[] { "https://app.example.com/cb" }, permissions = new[] { "projects.fly" } });
        Assert.Contains("'projects.fly'", await ValidationMessagesAsync(badPermission, "permissions"));
        var badType = await admin.PostAsJsonAsyncRaw("/api/platform/clients", new { clientId = "x!", displayName = "X", type = "weird" });
        await ValidationMessagesAsync(badType, "type");

        var created = await admin.PostJsonAsync("/api/platform/clients", new
        {
            clientId = "spa",
            displayName = "Single-page app",
            type = "public",
            redirectUris = new[] { "https://app.example.com/callback", "http://127.0.0.1:7890/callback" },
            postLogoutRedirectUris = new[] { "https://app.example.com/" },
            permissions = new[] { "projects.read", "profile", "offline_access" },
        }, HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("clientSecret").ValueKind);
        var client = created.GetProperty("client");
        Assert.Equal("public", client.GetProperty("type").GetString());
        Assert.Equal(["authorization_code", "refresh_token"], Strings(client.GetProperty("grantTypes")));
        Assert.Equal(["offline_access", "profile", "projects.read"], Strings(client.GetProperty("permissions")));
        Assert.Equal(2, client.GetProperty("redirectUris").GetArrayLength());
        await (await admin.PostAsync("/api/platform/clients/spa/rotate-secret", null)).ReadJsonAsync(HttpStatusCode.Conflict);
    }
}
