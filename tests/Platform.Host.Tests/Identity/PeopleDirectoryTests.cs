using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Identity;

/// <summary>
/// The people directory capability: the host's default over its users (no departments), replaced for every module
/// by a module that provides one.
/// </summary>
public sealed class PeopleDirectoryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Without_a_providing_module_the_directory_knows_users_but_no_departments()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        using var host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var userId = await host.CreateUserAsync("hana", BuiltInRoles.Employee);
        var me = await host.CreateClientAs(TestIdentity.SignedInUser(userId)).GetJsonAsync("/api/platform/me");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("departmentId").ValueKind);

        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
        Assert.False(directory.HasDepartments);
        var person = await directory.FindPersonAsync(userId, CancellationToken.None);
        Assert.Equal(("hana", "hana@example.test", true), (person!.DisplayName, person.Email, person.IsActive));
        Assert.Null(person.DepartmentId);
        Assert.Null(await directory.FindPersonAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.Null(await directory.FindManagerAsync(userId, CancellationToken.None));
        Assert.Empty(await directory.GetTeamMembersAsync(userId, CancellationToken.None));
        Assert.Empty(await directory.GetDepartmentMembersAsync(Guid.NewGuid(), includeSubDepartments: true, CancellationToken.None));
    }

    [Fact]
    public async Task A_module_providing_the_directory_answers_for_every_module()
    {
        var department = Guid.NewGuid();
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects")).AddGeneric("hr", "1.0.0");
        using var host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, new Dictionary<string, string?>
        {
            ["Modules:hr:PeopleDepartment"] = department.ToString(),
        });
        var userId = await host.CreateUserAsync("ines", BuiltInRoles.Employee);
        var ines = host.CreateClientAs(TestIdentity.SignedInUser(userId));

        // Projects asks the directory for its members' names: the hr module's directory answers.
        var project = await ines.PostJsonAsync("/api/projects/projects", new { key = "DIR", name = "Directory" }, HttpStatusCode.Created);
        var members = await ines.GetJsonAsync($"/api/projects/projects/{project.GetProperty("id")}/members");
        Assert.Equal("hr person", members[0].GetProperty("displayName").GetString());
        Assert.Equal(department, (await ines.GetJsonAsync("/api/platform/me")).GetProperty("departmentId").GetGuid());

        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
        Assert.True(directory.HasDepartments);
        Assert.Equal("hr department", (await directory.FindDepartmentAsync(department, CancellationToken.None))!.Name);
    }
}
