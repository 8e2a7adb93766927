using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Host.Identity;
using Platform.Host.Identity.Access;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// Permissions over real HTTP: what a client's scopes and a user's roles allow, 401 and 403 as ProblemDetails, and
/// changes to roles, users and clients taking effect on the very next request.
/// </summary>
public sealed class PermissionEnforcementTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    private PlatformHost Start(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        _ = _host.CreateClient();
        return _host;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_client_granted_projects_read_lists_projects_and_gets_403_on_writes(string provider)
    {
        var host = Start(provider);
        var admin = await host.CreateAdministratorClientAsync();
        var project = await admin.PostJsonAsync("/api/projects/projects", new { key = "RD", name = "Readable" }, HttpStatusCode.Created);
        var id = project.GetProperty("id").GetGuid();

        var reader = await host.CreateClientWithPermissionsAsync("projects.read");
        var list = await reader.GetJsonAsync("/api/projects/projects");
        Assert.Equal(["RD"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        await reader.GetJsonAsync($"/api/projects/projects/{id}");
        await reader.GetJsonAsync($"/api/projects/projects/{id}/tasks");

        var create = await reader.PostAsJsonAsync("/api/projects/projects", new { key = "NO", name = "Refused" });
        var problem = await create.ReadJsonAsync(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType?.MediaType);
        Assert.Equal("projects.write", problem.GetProperty("permission").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync($"/api/projects/projects/{id}", new { name = "x", status = "Active" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/api/projects/projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/projects/projects/{id}/tasks", new { title = "t" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/platform/audit")).StatusCode);

        var anonymous = await host.CreateClient().GetAsync("/api/projects/projects");
        await anonymous.ReadJsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (await admin.GetJsonAsync("/api/projects/projects")).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task A_token_carries_only_the_scopes_it_asked_for()
    {
        var host = Start("sqlite");
        var token = await host.IssueClientTokenAsync(["projects.read", "projects.write"], requested: "projects.read");
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);

        await http.GetJsonAsync("/api/projects/projects");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync("/api/projects/projects", new { key = "SC", name = "Scoped" })).StatusCode);
    }

    [Fact]
    public async Task Changing_or_deleting_a_client_takes_effect_on_the_next_request_with_the_same_token()
    {
        var host = Start("sqlite");
        var client = await host.RegisterClientAsync(["projects.read", "platform.modules.read"]);
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", await TestIdentity.RequestTokenAsync(http, client.ClientId, client.ClientSecret));
        await http.GetJsonAsync("/api/projects/projects");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var application = (await applications.FindByClientIdAsync(client.ClientId))!;
            var descriptor = new OpenIddictApplicationDescriptor();
            await applications.PopulateAsync(descriptor, application);
            descriptor.Permissions.Remove(OpenIddictConstants.Permissions.Prefixes.Scope + "projects.read");
            await applications.UpdateAsync(application, descriptor);
            host.Services.GetRequiredService<PermissionCache>().InvalidateAll();
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/projects/projects")).StatusCode);
        await http.GetJsonAsync("/api/platform/modules");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            await applications.DeleteAsync((await applications.FindByClientIdAsync(client.ClientId))!);
            host.Services.GetRequiredService<PermissionCache>().InvalidateAll();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/platform/modules")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Removing_a_permission_from_a_role_takes_effect_on_the_next_request(string provider)
    {
        var host = Start(provider);
        var userId = await host.CreateUserAsync("erin", BuiltInRoles.Employee);
        var erin = host.CreateClientAs(TestIdentity.SignedInUser(userId));
        await erin.GetJsonAsync("/api/projects/projects");

        await ChangeRoleAsync(host, BuiltInRoles.Employee, (roles, role) => roles.RemoveClaimAsync(role, new Claim(PlatformPermissions.ClaimType, "projects.read")));
        var refused = await erin.GetAsync("/api/projects/projects");
        Assert.Equal("projects.read", (await refused.ReadJsonAsync(HttpStatusCode.Forbidden)).GetProperty("permission").GetString());

        await ChangeRoleAsync(host, BuiltInRoles.Employee, (roles, role) => roles.AddClaimAsync(role, new Claim(PlatformPermissions.ClaimType, "projects.read")));
        await erin.GetJsonAsync("/api/projects/projects");
    }

    [Fact]
    public async Task A_deactivated_user_is_treated_as_unauthenticated()
    {
        var host = Start("sqlite");
        var userId = await host.CreateUserAsync("dave", BuiltInRoles.Manager);
        var dave = host.CreateClientAs(TestIdentity.SignedInUser(userId));
        await dave.GetJsonAsync("/api/projects/projects");
        await dave.GetJsonAsync("/api/platform/me");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            user.IsActive = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
            host.Services.GetRequiredService<PermissionCache>().InvalidateAll();
        }

        foreach (var path in new[] { "/api/projects/projects", "/api/platform/me" })
        {
            var response = await dave.GetAsync(path);
            await response.ReadJsonAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_users_token_is_narrowed_to_its_scopes_unless_it_holds_the_api_scope()
    {
        var host = Start("sqlite");
        var userId = await host.CreateUserAsync("fay", BuiltInRoles.Employee);
        var app = await host.RegisterClientAsync(["openid", "api", "projects.read", "projects.write"]);

        var narrow = host.CreateClientAs(TestIdentity.UserToken(userId, app.ClientId, "openid", "projects.read"));
        await narrow.GetJsonAsync("/api/projects/projects");
        var me = await narrow.GetJsonAsync("/api/platform/me");
        Assert.Equal([BuiltInRoles.Employee], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["projects.read"], me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await narrow.PostAsJsonAsync("/api/projects/projects", new { key = "NA", name = "Narrow" })).StatusCode);

        var wide = host.CreateClientAs(TestIdentity.UserToken(userId, app.ClientId, "openid", "api"));
        await wide.PostJsonAsync("/api/projects/projects", new { key = "WI", name = "Wide" }, HttpStatusCode.Created);
        // "api" is everything the user holds, and no more: an Employee does not manage the platform.
        Assert.Equal(HttpStatusCode.Forbidden, (await wide.GetAsync("/api/platform/audit")).StatusCode);

        // A token issued to a client that no longer exists is worth nothing.
        var orphan = host.CreateClientAs(TestIdentity.UserToken(userId, "deleted-client", "api"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await orphan.GetAsync("/api/projects/projects")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_users_changes_are_recorded_with_the_user_as_actor_and_owner(string provider)
    {
        var host = Start(provider);
        var userId = await host.CreateUserAsync("gus", BuiltInRoles.Employee);
        var gus = host.CreateClientAs(TestIdentity.SignedInUser(userId, "Gus"));
        var project = await gus.PostJsonAsync("/api/projects/projects", new { key = "GUS", name = "Mine" }, HttpStatusCode.Created);
        Assert.Equal(userId, project.GetProperty("ownerId").GetGuid());

        var admin = await host.CreateAdministratorClientAsync();
        var audit = await HttpAssertions.EventuallyAsync(
            () => admin.GetJsonAsync($"/api/platform/audit?module=projects&entity=Project&entityId={project.GetProperty("id")}"),
            a => a.GetProperty("totalCount").GetInt64() == 1, because: "the creation is audited");
        Assert.Equal($"user:{userId}", audit.GetProperty("items")[0].GetProperty("actor").GetString());
    }

    private static async Task ChangeRoleAsync(PlatformHost host, string roleName, Func<RoleManager<PlatformRole>, PlatformRole, Task<IdentityResult>> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>();
        var role = (await roles.FindByNameAsync(roleName))!;
        Assert.True((await change(roles, role)).Succeeded);
        host.Services.GetRequiredService<PermissionCache>().InvalidateAll();
    }
}
