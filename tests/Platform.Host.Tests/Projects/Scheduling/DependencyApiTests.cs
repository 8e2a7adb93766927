using System.Net;
using System.Net.Http.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Projects.Scheduling.SchedulingApi;

namespace Platform.Host.Tests.Projects.Scheduling;

/// <summary>Dependencies over the real pipeline: CRUD with ETags, rescheduling in the same commit, bad links refused, scoping.</summary>
public sealed class DependencyApiTests : IDisposable
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
        return _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_link_moves_its_successor_and_changes_to_it_need_the_current_etag(string provider)
    {
        var http = Start(provider).CreateAdministratorClient();
        var project = await CreateProjectAsync(http, "WEB");
        var design = await CreateTaskAsync(http, project, "Design", "2026-12-07", "2026-12-09");
        var build = await CreateTaskAsync(http, project, "Build", "2026-12-07", "2026-12-08");

        var created = await http.PostAsJsonAsync($"/api/projects/projects/{project}/dependencies", new { predecessorId = design, successorId = build });
        var link = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("FinishToStart", link.GetProperty("type").GetString());
        Assert.Equal("WEB-1", link.GetProperty("predecessorKey").GetString());
        Assert.Equal("WEB-2", link.GetProperty("successorKey").GetString());
        var etag = created.Headers.ETag!.Tag;
        var id = link.GetProperty("id").GetGuid();
        Assert.Equal("2026-12-10..2026-12-11", await DatesAsync(http, build));

        await (await SendAsync(http, HttpMethod.Put, $"/api/projects/dependencies/{id}", new { type = "FinishToStart", lagDays = 2 })).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var changed = await SendAsync(http, HttpMethod.Put, $"/api/projects/dependencies/{id}", new { type = "FinishToStart", lagDays = 2 }, etag);
        Assert.Equal(2, (await changed.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("lagDays").GetInt32());
        Assert.Equal("2026-12-14..2026-12-15", await DatesAsync(http, build));

        // A stale ETag changes nothing: neither the link nor the successor.
        await (await SendAsync(http, HttpMethod.Put, $"/api/projects/dependencies/{id}", new { type = "StartToStart", lagDays = 0 }, etag)).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        await (await SendAsync(http, HttpMethod.Delete, $"/api/projects/dependencies/{id}", null, etag)).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("2026-12-14..2026-12-15", await DatesAsync(http, build));

        var listed = await http.GetJsonAsync($"/api/projects/projects/{project}/dependencies?taskId={build}");
        var only = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("FinishToStart", only.GetProperty("type").GetString());
        Assert.Equal(2, only.GetProperty("lagDays").GetInt32());

        await LinkAsync(http, project, design, build, "StartToStart", expected: HttpStatusCode.Conflict);

        // Removed: the successor keeps where it is (nothing constrains it any more, so its own start stands).
        await (await SendAsync(http, HttpMethod.Delete, $"/api/projects/dependencies/{id}", null, changed.Headers.ETag!.Tag)).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, (await http.GetJsonAsync($"/api/projects/projects/{project}/dependencies")).GetProperty("totalCount").GetInt64());
        Assert.Equal("2026-12-14..2026-12-15", await DatesAsync(http, build));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_link_that_closes_a_cycle_is_refused_naming_the_cycle_and_writes_nothing(string provider)
    {
        var http = Start(provider).CreateAdministratorClient();
        var project = await CreateProjectAsync(http, "WEB");
        var a = await CreateTaskAsync(http, project, "A", "2026-12-07", "2026-12-07");
        var b = await CreateTaskAsync(http, project, "B", "2026-12-07", "2026-12-07");
        var c = await CreateTaskAsync(http, project, "C", "2026-12-07", "2026-12-07");
        await LinkAsync(http, project, a, b);
        await LinkAsync(http, project, b, c);
        var before = await DatesAsync(http, a);

        var cycle = await LinkAsync(http, project, c, a, "StartToStart", -1, HttpStatusCode.BadRequest);
        Assert.Contains("WEB-3 → WEB-1 → WEB-2 → WEB-3", cycle.GetProperty("detail").GetString());
        Assert.Equal(["successorId"], ErrorFields(cycle));
        var self = await LinkAsync(http, project, a, a, expected: HttpStatusCode.BadRequest);
        Assert.Equal(["successorId"], ErrorFields(self));

        Assert.Equal(2, (await http.GetJsonAsync($"/api/projects/projects/{project}/dependencies")).GetProperty("totalCount").GetInt64());
        Assert.Equal(before, await DatesAsync(http, a));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Links_to_other_projects_unknown_types_and_huge_lags_are_bad_input(string provider)
    {
        var http = Start(provider).CreateAdministratorClient();
        var project = await CreateProjectAsync(http, "WEB");
        var other = await CreateProjectAsync(http, "OPS");
        var a = await CreateTaskAsync(http, project, "A", "2026-12-07", "2026-12-07");
        var elsewhere = await CreateTaskAsync(http, other, "Elsewhere", "2026-12-07", "2026-12-07");

        Assert.Equal(["predecessorId"], ErrorFields(await LinkAsync(http, project, elsewhere, a, expected: HttpStatusCode.BadRequest)));
        Assert.Equal(["lagDays"], ErrorFields(await LinkAsync(http, project, elsewhere, a, lag: 100_000, expected: HttpStatusCode.BadRequest)));
        var missing = await http.PostJsonAsync($"/api/projects/projects/{project}/dependencies", new { lagDays = 1 }, HttpStatusCode.BadRequest);
        Assert.Equal(["predecessorId", "successorId"], ErrorFields(missing).Order());
        var badType = await http.PostJsonAsync($"/api/projects/projects/{project}/dependencies", new { predecessorId = a, successorId = elsewhere, type = "Sideways" }, HttpStatusCode.BadRequest);
        Assert.Contains("type", badType.GetProperty("errors").ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await http.GetJsonAsync($"/api/projects/projects/{project}/dependencies")).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_private_projects_links_and_schedule_do_not_exist_for_outsiders(string provider)
    {
        var host = Start(provider);
        var owner = host.CreateClientAs(TestIdentity.SignedInUser(await host.CreateUserAsync("alice", BuiltInRoles.Employee)));
        var outsider = host.CreateClientAs(TestIdentity.SignedInUser(await host.CreateUserAsync("bob", BuiltInRoles.Employee)));
        var project = await CreateProjectAsync(owner, "SEC", visibility: "Private");
        var a = await CreateTaskAsync(owner, project, "A", "2026-12-07", "2026-12-07");
        var b = await CreateTaskAsync(owner, project, "B", "2026-12-07", "2026-12-07");
        var link = await LinkAsync(owner, project, a, b);
        var id = link.GetProperty("id").GetGuid();

        await outsider.GetJsonAsync($"/api/projects/projects/{project}/dependencies", HttpStatusCode.NotFound);
        await outsider.GetJsonAsync($"/api/projects/projects/{project}/critical-path", HttpStatusCode.NotFound);
        await LinkAsync(outsider, project, b, a, expected: HttpStatusCode.NotFound);
        await outsider.PostJsonAsync($"/api/projects/projects/{project}/schedule", new { direction = "Backward" }, HttpStatusCode.NotFound);
        await (await SendAsync(outsider, HttpMethod.Put, $"/api/projects/dependencies/{id}", new { type = "StartToStart", lagDays = 0 }, "\"0\"")).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await SendAsync(outsider, HttpMethod.Delete, $"/api/projects/dependencies/{id}", null, "\"0\"")).ReadJsonAsync(HttpStatusCode.NotFound);

        Assert.Equal(1, (await owner.GetJsonAsync($"/api/projects/projects/{project}/dependencies")).GetProperty("totalCount").GetInt64());
    }
}
