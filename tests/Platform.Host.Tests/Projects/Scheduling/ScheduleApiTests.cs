using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Projects.Scheduling.SchedulingApi;

namespace Platform.Host.Tests.Projects.Scheduling;

/// <summary>Backward planning and the critical path over the real pipeline, against hand-computed dates.</summary>
public sealed class ScheduleApiTests : IDisposable
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

    private HttpClient Start(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        return _host.CreateAdministratorClient();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backward_planning_ends_the_chain_on_the_target_date(string provider)
    {
        var http = Start(provider);
        var project = await CreateProjectAsync(http, "WEB", targetDate: "2026-12-18");
        var design = await CreateTaskAsync(http, project, "Design", "2026-12-07", "2026-12-09");
        var build = await CreateTaskAsync(http, project, "Build", "2026-12-07", "2026-12-08");
        var todo = await http.PostJsonAsync($"/api/projects/projects/{project}/tasks", new { title = "Undated" }, HttpStatusCode.Created);
        await LinkAsync(http, project, design, build);

        var result = await http.PostJsonAsync($"/api/projects/projects/{project}/schedule", new { direction = "Backward" }, HttpStatusCode.OK);

        Assert.Equal("2026-12-18", result.GetProperty("from").GetString());
        var moved = result.GetProperty("moved").EnumerateArray().ToDictionary(m => m.GetProperty("key").GetString()!);
        Assert.Equal(["WEB-1", "WEB-2"], moved.Keys.Order());
        Assert.Equal("2026-12-10", moved["WEB-2"].GetProperty("oldStartDate").GetString());
        Assert.Equal("2026-12-17", moved["WEB-2"].GetProperty("newStartDate").GetString());
        Assert.Equal("2026-12-14..2026-12-16", await DatesAsync(http, design));
        Assert.Equal("2026-12-17..2026-12-18", await DatesAsync(http, build));
        Assert.Equal(JsonValueKind.Null, (await http.GetJsonAsync($"/api/projects/tasks/{todo.GetProperty("id")}")).GetProperty("startDate").ValueKind);

        // Again: nothing left to move.
        var again = await http.PostJsonAsync($"/api/projects/projects/{project}/schedule", new { direction = "Backward" }, HttpStatusCode.OK);
        Assert.Empty(again.GetProperty("moved").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Backward_planning_needs_a_target_date(string provider)
    {
        var http = Start(provider);
        var project = await CreateProjectAsync(http, "WEB", targetDate: null);
        var problem = await http.PostJsonAsync($"/api/projects/projects/{project}/schedule", new { direction = "Backward" }, HttpStatusCode.BadRequest);
        Assert.Equal(["direction"], ErrorFields(problem));
        await http.PostJsonAsync($"/api/projects/projects/{project}/schedule", new { direction = "Forward" }, HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_critical_path_matches_the_hand_computed_one(string provider)
    {
        // A (3) → B (2) → D (1) and A → C (4) → D: A Mon 7 – Wed 9, B Thu 10 – Fri 11 (2 days of float),
        // C Thu 10 – Tue 15, D Wed 16.
        var http = Start(provider);
        var project = await CreateProjectAsync(http, "WEB");
        var a = await CreateTaskAsync(http, project, "A", "2026-12-07", "2026-12-09");
        var b = await CreateTaskAsync(http, project, "B", "2026-12-07", "2026-12-08");
        var c = await CreateTaskAsync(http, project, "C", "2026-12-07", "2026-12-10");
        var d = await CreateTaskAsync(http, project, "D", "2026-12-07", "2026-12-07");
        await LinkAsync(http, project, a, b);
        await LinkAsync(http, project, a, c);
        await LinkAsync(http, project, b, d);
        await LinkAsync(http, project, c, d);
        Assert.Equal("2026-12-16..2026-12-16", await DatesAsync(http, d));

        var path = await http.GetJsonAsync($"/api/projects/projects/{project}/critical-path");

        Assert.Equal("2026-12-07", path.GetProperty("projectStart").GetString());
        Assert.Equal("2026-12-16", path.GetProperty("projectFinish").GetString());
        Assert.Equal(["WEB-1", "WEB-3", "WEB-4"], path.GetProperty("criticalChain").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        var tasks = path.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        var slack = tasks["WEB-2"];
        Assert.Equal(2, slack.GetProperty("totalFloatDays").GetInt32());
        Assert.False(slack.GetProperty("isCritical").GetBoolean());
        Assert.Equal("2026-12-10", slack.GetProperty("earlyStart").GetString());
        Assert.Equal("2026-12-14", slack.GetProperty("lateStart").GetString());
        Assert.Equal("2026-12-15", slack.GetProperty("lateFinish").GetString());
        Assert.All(["WEB-1", "WEB-3", "WEB-4"], key => Assert.Equal(0, tasks[key].GetProperty("totalFloatDays").GetInt32()));
    }
}
