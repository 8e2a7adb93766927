using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity;
using Platform.Host.Identity.Access;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// The permission catalogue and the built-in roles: created at startup, default grants applied once per permission,
/// an administrator's later removal survives restarts, the Administrator role holds everything.
/// </summary>
public sealed class PermissionSeedingTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");
    private readonly PluginFolder _plugins;

    public PermissionSeedingTests() => _plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Built_in_roles_get_the_declared_defaults_once_and_a_removed_grant_stays_removed()
    {
        using (var host = Start())
        {
            var catalog = host.Services.GetRequiredService<PermissionCatalog>();
            Assert.Equal("projects", catalog.Find("projects.manage")!.Module);
            Assert.Equal(PermissionCatalog.PlatformModule, catalog.Find("platform.roles.manage")!.Module);
            foreach (var name in new[] { "platform.users.manage", "platform.roles.manage", "platform.clients.manage", "platform.audit.read" })
            {
                Assert.True(catalog.Contains(name), name);
            }

            var grants = await GrantsAsync(host);
            Assert.Equal(BuiltInRoles.All.Order(), grants.Keys.Order());
            Assert.Equal(catalog.Names.Order(), grants[BuiltInRoles.Administrator].Order());
            Assert.Contains("projects.read", grants[BuiltInRoles.Employee]);
            Assert.Contains("projects.write", grants[BuiltInRoles.Employee]);
            Assert.DoesNotContain("projects.manage", grants[BuiltInRoles.Employee]);
            Assert.DoesNotContain("projects.manage", grants[BuiltInRoles.Manager]);
            Assert.Contains("platform.users.read", grants[BuiltInRoles.Manager]);

            await using var scope = host.Services.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>();
            var employee = (await roles.FindByNameAsync(BuiltInRoles.Employee))!;
            Assert.True((await roles.RemoveClaimAsync(employee, new Claim(PlatformPermissions.ClaimType, "projects.write"))).Succeeded);
            var administrator = (await roles.FindByNameAsync(BuiltInRoles.Administrator))!;
            Assert.True((await roles.RemoveClaimAsync(administrator, new Claim(PlatformPermissions.ClaimType, "projects.manage"))).Succeeded);
        }

        using (var restarted = Start())
        {
            var grants = await GrantsAsync(restarted);
            Assert.DoesNotContain("projects.write", grants[BuiltInRoles.Employee]);
            Assert.Contains("projects.read", grants[BuiltInRoles.Employee]);

            // The Administrator holds every permission whatever its stored grants say.
            var adminId = await restarted.CreateUserAsync("root", BuiltInRoles.Administrator);
            var admin = restarted.CreateClientAs(TestIdentity.SignedInUser(adminId));
            await admin.GetJsonAsync("/api/platform/audit");
            var project = await admin.PostJsonAsync("/api/projects/projects", new { key = "ADM", name = "x", visibility = "Private" }, HttpStatusCode.Created);
            var otherId = await restarted.CreateUserAsync("other", BuiltInRoles.Employee);
            Assert.Equal(HttpStatusCode.NotFound, (await restarted.CreateClientAs(TestIdentity.SignedInUser(otherId)).GetAsync($"/api/projects/projects/{project.GetProperty("id")}")).StatusCode);

            // Employees lost projects.write: a 403 now.
            var employee = restarted.CreateClientAs(TestIdentity.SignedInUser(otherId));
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsync("/api/projects/projects", JsonContent.Create(new { key = "EMP", name = "x" }))).StatusCode);
        }
    }

    [Fact]
    public async Task A_module_declaring_a_permission_outside_its_own_name_is_faulted_and_grants_nothing()
    {
        _plugins.AddGeneric("rogue", "1.0.0").AddGeneric("honest", "1.0.0");
        using var host = Start(new() { ["Modules:rogue:ExtraPermission"] = "platform.users.manage" });
        var modules = await (await host.CreateAdministratorClientAsync()).GetJsonAsync("/api/platform/modules");
        var rogue = modules.ModuleById("rogue");
        Assert.Equal("Faulted", rogue.GetProperty("state").GetString());
        Assert.Equal("register", rogue.GetProperty("faultedDuring").GetString());
        Assert.Contains("'platform.users.manage' must start with the module id", rogue.GetProperty("reason").GetString());
        Assert.Equal("Running", modules.ModuleById("honest").GetProperty("state").GetString());
        Assert.DoesNotContain("platform.users.manage", (await GrantsAsync(host))[BuiltInRoles.Employee]);
        Assert.False(host.Services.GetRequiredService<PermissionCatalog>().Contains("rogue.read"));
    }

    private PlatformHost Start(Dictionary<string, string?>? settings = null)
    {
        var host = new PlatformHost(_plugins.Path, _temp.Combine("data"), _database, settings);
        _ = host.CreateClient();
        return host;
    }

    private static async Task<Dictionary<string, List<string>>> GrantsAsync(PlatformHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<PlatformRole>>();
        var grants = new Dictionary<string, List<string>>();
        foreach (var role in roles.Roles.ToList())
        {
            grants[role.Name!] = [.. (await roles.GetClaimsAsync(role)).Where(c => c.Type == PlatformPermissions.ClaimType).Select(c => c.Value)];
        }

        return grants;
    }
}
