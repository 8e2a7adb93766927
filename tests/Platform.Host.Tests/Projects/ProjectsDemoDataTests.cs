using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.People;

namespace Platform.Host.Tests.Projects;

/// <summary>The demo projects: seeded once, planned by the scheduler, and alive from the demo accounts' side.</summary>
public sealed class ProjectsDemoDataTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Two_demo_projects_are_seeded_once_with_a_plan_milestones_comments_and_logged_time()
    {
        var host = Start();
        var manager = host.CreateClientAs(TestIdentity.SignedInUser(await AccountAsync(host, "manager@demo.local")));
        var employee = host.CreateClientAs(TestIdentity.SignedInUser(await AccountAsync(host, "employee@demo.local")));

        var projects = (await employee.GetJsonAsync("/api/projects/projects?sort=key")).GetProperty("items");
        Assert.Equal(["OPS", "WEB"], projects.EnumerateArray().Select(p => p.GetProperty("key").GetString()));
        var web = projects[1].GetProperty("id").GetGuid();

        var tasks = (await manager.GetJsonAsync($"/api/projects/projects/{web}/tasks?pageSize=50&sort=number")).GetProperty("items");
        Assert.Equal(11, tasks.GetArrayLength());
        // Requirements (WEB-3) start after the interviews (WEB-2) finish: the scheduler placed them.
        Assert.True(DateOnly.Parse(tasks[2].GetProperty("startDate").GetString()!) > DateOnly.Parse(tasks[1].GetProperty("dueDate").GetString()!));
        Assert.Equal(9, (await manager.GetJsonAsync($"/api/projects/projects/{web}/dependencies")).GetProperty("totalCount").GetInt64());
        Assert.Equal(2, (await manager.GetJsonAsync($"/api/projects/projects/{web}/milestones")).GetArrayLength());
        Assert.Contains("Review", (await manager.GetJsonAsync($"/api/projects/projects/{web}/statuses")).GetRawText(), StringComparison.Ordinal);
        Assert.NotEqual(0, (await manager.GetJsonAsync($"/api/projects/projects/{web}/critical-path")).GetProperty("criticalChain").GetArrayLength());

        var visualDesign = tasks[5].GetProperty("id").GetGuid();
        Assert.Equal(2, (await employee.GetJsonAsync($"/api/projects/tasks/{visualDesign}/comments")).GetProperty("totalCount").GetInt64());
        Assert.True((await manager.GetJsonAsync($"/api/projects/projects/{web}/time-summary")).GetProperty("loggedHours").GetDecimal() > 0);
        Assert.NotEqual(0, (await employee.GetJsonAsync("/api/projects/my/tasks")).GetProperty("totalCount").GetInt64());

        // A second start seeds nothing more.
        host.Dispose();
        host = Start();
        var again = host.CreateClientAs(TestIdentity.SignedInUser(await AccountAsync(host, "manager@demo.local")));
        Assert.Equal(2, (await again.GetJsonAsync("/api/projects/projects")).GetProperty("totalCount").GetInt64());
    }

    private PlatformHost Start()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        return _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, new Dictionary<string, string?>
        {
            ["Modules:projects:SeedDemoData"] = "true",
            ["Platform:Identity:Bootstrap:Users:0:Email"] = "manager@demo.local",
            ["Platform:Identity:Bootstrap:Users:0:DisplayName"] = "Demo Manager",
            ["Platform:Identity:Bootstrap:Users:0:Password"] = "Platform-Demo-1",
            ["Platform:Identity:Bootstrap:Users:0:Roles:0"] = "Manager",
            ["Platform:Identity:Bootstrap:Users:1:Email"] = "employee@demo.local",
            ["Platform:Identity:Bootstrap:Users:1:DisplayName"] = "Demo Employee",
            ["Platform:Identity:Bootstrap:Users:1:Password"] = "Platform-Demo-1",
            ["Platform:Identity:Bootstrap:Users:1:Roles:0"] = "Employee",
        });
    }

    private static async Task<Guid> AccountAsync(PlatformHost host, string email)
    {
        _ = host.CreateClient(); // waits until the modules (and the bootstrap accounts) are in
        using var scope = host.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IUserAccounts>().FindByEmailAsync(email, CancellationToken.None);
        return Assert.IsType<UserAccount>(account).UserId;
    }
}
