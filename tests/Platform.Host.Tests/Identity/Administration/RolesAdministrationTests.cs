using System.Net;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>Roles and their permissions over the administration API.</summary>
public sealed class RolesAdministrationTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Custom_roles_are_created_renamed_given_permissions_and_deleted_with_audit(string provider)
    {
        var host = _fixture.Start(provider);
        var (admin, adminClientId) = await CallerAsync(host, AllAdministration);

        var list = await admin.GetJsonAsync("/api/platform/roles");
        var names = list.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Administrator", "Employee", "Manager"], names);
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.True(r.GetProperty("builtIn").GetBoolean()));

        var created = await admin.PostJsonAsync("/api/platform/roles",
            new { name = "Auditor", description = "Reads users", permissions = new[] { UsersRead } }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal([UsersRead], Strings(created.GetProperty("permissions")));
        Assert.False(created.GetProperty("builtIn").GetBoolean());
        await admin.PostJsonAsync("/api/platform/roles", new { name = "auditor" }, HttpStatusCode.Conflict);

        var etag = (await admin.GetAsync($"/api/platform/roles/{id}")).Headers.ETag!.Tag;
        var renamed = await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{id}", new { name = "Compliance", description = "Compliance officers" }, etag);
        var renamedRole = await renamed.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Compliance", renamedRole.GetProperty("name").GetString());
        etag = renamed.Headers.ETag!.Tag;

        Assert.Equal((HttpStatusCode)428, (await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{id}/permissions", new { permissions = new[] { UsersManage } })).StatusCode);
        var set = await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{id}/permissions", new { permissions = new[] { UsersManage, "projects.read" } }, etag);
        var withPermissions = await set.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["platform.users.manage", "projects.read"], Strings(withPermissions.GetProperty("permissions")));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{id}/permissions", new { permissions = Array.Empty<string>() }, etag)).StatusCode);

        var audit = await AuditAsync(host, "role", id);
        Assert.All(audit, a => Assert.Equal($"client:{adminClientId}", a.GetProperty("actor").GetString()));
        var change = audit.Single(a => a.GetProperty("action").GetString() == "permissions-changed").GetProperty("changes");
        Assert.Equal([UsersRead], Strings(change.GetProperty("old")));
        Assert.Equal(["platform.users.manage", "projects.read"], Strings(change.GetProperty("new")));
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "created");
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "updated");

        var deleted = await SendAsync(admin, HttpMethod.Delete, $"/api/platform/roles/{id}", ifMatch: set.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await admin.GetJsonAsync($"/api/platform/roles/{id}", HttpStatusCode.NotFound);
        var deletion = (await AuditAsync(host, "role", id)).Single(a => a.GetProperty("action").GetString() == "deleted");
        Assert.Equal(["platform.users.manage", "projects.read"], Strings(deletion.GetProperty("changes").GetProperty("permissions")));
    }

    [Fact]
    public async Task Unknown_permissions_are_refused_naming_each()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var response = await admin.PostAsJsonAsyncRaw("/api/platform/roles", new { name = "Broken", permissions = new[] { UsersRead, "projects.teleport", "nope.nothing" } });
        var messages = await ValidationMessagesAsync(response, "permissions");
        Assert.Contains("'projects.teleport'", messages);
        Assert.Contains("'nope.nothing'", messages);
        Assert.DoesNotContain(UsersRead, messages);

        var role = await admin.PostJsonAsync("/api/platform/roles", new { name = "Valid" }, HttpStatusCode.Created);
        var id = role.GetProperty("id").GetString();
        var etag = (await admin.GetAsync($"/api/platform/roles/{id}")).Headers.ETag!.Tag;
        var set = await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{id}/permissions", new { permissions = new[] { "platform.everything" } }, etag);
        Assert.Contains("'platform.everything'", await ValidationMessagesAsync(set, "permissions"));
    }

    [Fact]
    public async Task Built_in_roles_and_roles_in_use_are_not_deleted()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var roles = (await admin.GetJsonAsync("/api/platform/roles")).GetProperty("items").EnumerateArray().ToList();
        foreach (var builtIn in roles)
        {
            var id = builtIn.GetProperty("id").GetString();
            var etag = (await admin.GetAsync($"/api/platform/roles/{id}")).Headers.ETag!.Tag;
            var refused = await (await SendAsync(admin, HttpMethod.Delete, $"/api/platform/roles/{id}", ifMatch: etag)).ReadJsonAsync(HttpStatusCode.Conflict);
            Assert.Contains("built-in", refused.GetProperty("title").GetString());
        }

        var administrator = roles.Single(r => r.GetProperty("name").GetString() == "Administrator").GetProperty("id").GetString();
        var adminEtag = (await admin.GetAsync($"/api/platform/roles/{administrator}")).Headers.ETag!.Tag;
        await (await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{administrator}", new { name = "Boss" }, adminEtag)).ReadJsonAsync(HttpStatusCode.Conflict);
        await (await SendAsync(admin, HttpMethod.Put, $"/api/platform/roles/{administrator}/permissions", new { permissions = new[] { UsersRead } }, adminEtag)).ReadJsonAsync(HttpStatusCode.Conflict);

        var custom = await admin.PostJsonAsync("/api/platform/roles", new { name = "Team Lead" }, HttpStatusCode.Created);
        await admin.PostJsonAsync("/api/platform/users", new { email = "lead@example.com", displayName = "Lead", roles = new[] { "Team Lead" }, password = "Team-Lead-Pass-1" }, HttpStatusCode.Created);
        var customId = custom.GetProperty("id").GetString();
        var customEtag = (await admin.GetAsync($"/api/platform/roles/{customId}")).Headers.ETag!.Tag;
        var inUse = await (await SendAsync(admin, HttpMethod.Delete, $"/api/platform/roles/{customId}", ifMatch: customEtag)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("1 user", inUse.GetProperty("title").GetString());
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/platform/roles/{customId}")).GetProperty("userCount").GetInt32());
    }
}
