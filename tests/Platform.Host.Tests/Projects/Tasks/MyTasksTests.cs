using System.Net;
using Platform.Host.Tests.Hr.Leave;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Tasks;

/// <summary>
/// Work as people find it: my tasks across projects (in person and through my department's queue), a department's
/// queue, and private projects whose tasks stay invisible (404) to outsiders. HR provides the departments.
/// </summary>
public sealed class MyTasksTests : IDisposable
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task My_tasks_and_department_queues_span_projects_and_private_projects_stay_hidden(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var support = await host.AddDepartmentAsync("Support");
        var sales = await host.AddDepartmentAsync("Sales");
        var anaId = await host.CreateUserAsync("ana", BuiltInRoles.Employee);
        var benId = await host.CreateUserAsync("ben", BuiltInRoles.Employee);
        await host.AddEmployeeAsync("E1", "Ana Lima", anaId, departmentId: support);
        await host.AddEmployeeAsync("E2", "Ben Ode", benId, departmentId: sales);
        var ana = host.CreateClientAs(TestIdentity.SignedInUser(anaId));
        var ben = host.CreateClientAs(TestIdentity.SignedInUser(benId));

        var web = await ben.CreateProjectAsync("WEB");
        var ops = await ben.CreateProjectAsync("OPS");
        var secret = await ben.CreateProjectAsync("SEC", new { visibility = "Private" });
        await ben.CreateTaskAsync(web, new { title = "Ana's own", dueDate = "2026-12-02", assignees = new[] { new { kind = "Person", id = anaId } } });
        await ben.CreateTaskAsync(ops, new { title = "Support queue", dueDate = "2026-12-01", assignees = new[] { new { kind = "Department", id = support } } });
        await ben.CreateTaskAsync(ops, new { title = "Sales queue", assignees = new[] { new { kind = "Department", id = sales } } });
        await ben.CreateTaskAsync(web, new { title = "Ana's done", status = "Done", assignees = new[] { new { kind = "Person", id = anaId } } });
        var hidden = await ben.CreateTaskAsync(secret, new { title = "Secret work", assignees = new[] { new { kind = "Person", id = benId } } });

        // My tasks: open ones by default, due first; Done on request.
        Assert.Equal(["Support queue", "Ana's own"], (await ana.GetJsonAsync("/api/projects/my/tasks")).Titles());
        Assert.Equal(["Ana's done"], (await ana.GetJsonAsync("/api/projects/my/tasks?category=Done")).Titles());
        Assert.Equal(["Support queue"], (await ana.GetJsonAsync("/api/projects/my/tasks?dueBefore=2026-12-01")).Titles());
        await ana.GetJsonAsync("/api/projects/my/tasks?category=Sleeping", HttpStatusCode.BadRequest);
        Assert.Equal(["Ana's own", "Ana's done"], (await ben.GetJsonAsync($"/api/projects/projects/{web}/tasks?assignee={anaId}")).Titles());
        Assert.Equal(["Support queue"], (await ana.GetJsonAsync($"/api/projects/projects/{ops}/tasks?assignee=me")).Titles());

        // Department queues.
        Assert.Equal(["Support queue"], (await ana.GetJsonAsync($"/api/projects/departments/{support}/tasks")).Titles());
        Assert.Equal(["Sales queue"], (await ana.GetJsonAsync($"/api/projects/departments/{sales}/tasks")).Titles());
        await ana.GetJsonAsync($"/api/projects/departments/{Guid.NewGuid()}/tasks", HttpStatusCode.NotFound);

        // A private project's tasks are a 404 for outsiders everywhere: by id, board, statuses, timeline, moves.
        var hiddenId = hidden.GetProperty("id").GetGuid();
        await ana.GetJsonAsync($"/api/projects/tasks/{hiddenId}", HttpStatusCode.NotFound);
        await ana.GetJsonAsync($"/api/projects/projects/{secret}/board", HttpStatusCode.NotFound);
        await ana.GetJsonAsync($"/api/projects/projects/{secret}/statuses", HttpStatusCode.NotFound);
        await ana.GetJsonAsync($"/api/projects/projects/{secret}/timeline", HttpStatusCode.NotFound);
        await (await ana.SendAsync(HttpMethod.Post, $"/api/projects/tasks/{hiddenId}/move", new { status = "Done" }, hidden.ETag())).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await ana.PutAsync($"/api/projects/tasks/{hiddenId}/watchers/me", null)).ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(["Sales queue", "Secret work"], (await ben.GetJsonAsync("/api/projects/my/tasks")).Titles());
    }
}
