using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using IcsCalendar = Ical.Net.Calendar;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Transfer;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Feeds;

/// <summary>
/// iCalendar feeds of tasks at secret-token URLs: read back with Ical.Net, listed without tokens, rotated and revoked,
/// and re-checked against what the owner may see at every fetch.
/// </summary>
public sealed class TaskFeedTests : IDisposable
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

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_feed_shows_tasks_and_milestones_and_stops_when_its_owner_leaves_the_project(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var aliceId = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var bobId = await host.CreateUserAsync("bob", BuiltInRoles.Employee);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceId));
        var bob = host.CreateClientAs(TestIdentity.SignedInUser(bobId));
        var anonymous = host.CreateClient();

        var project = await alice.CreateProjectAsync("PRIV", "Private");
        await (await alice.PutAsJsonAsync($"/api/projects/projects/{project}/members/{bobId}", new { role = "Member" })).ReadJsonAsync(HttpStatusCode.Created);
        // Manual tasks keep the calendar days they were given, whatever weekday today is.
        var csv = "title,assignees,start,due,milestone,status,mode\n"
            + $"Write the spec,alice@example.test,{Day(1)},{Day(3)},Release,,Manual\n"
            + $"Ship it,bob@example.test,,{Day(10)},Release,,Manual\n"
            + "Someday,,,,,,\n"
            + $"Old news,,{Day(-5)},{Day(-4)},,Done,Manual\n";
        await (await alice.ImportCsvAsync(project, csv)).ReadJsonAsync(HttpStatusCode.OK);

        var created = await bob.PostJsonAsync($"/api/projects/projects/{project}/feeds", new { }, HttpStatusCode.Created);
        var url = created.GetProperty("url").GetString()!;
        Assert.EndsWith(".ics", url, StringComparison.Ordinal);
        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = IcsCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(
            ["PRIV-1 Write the spec", "PRIV-2 Ship it", "✓ PRIV-4 Old news", "◆ PRIV: Release"],
            calendar.Events.Select(e => e.Summary!).OrderBy(s => s.Contains("Release", StringComparison.Ordinal)).ThenBy(s => s.Replace("✓ ", "", StringComparison.Ordinal), StringComparer.Ordinal));
        var spec = calendar.Events.Single(e => e.Summary == "PRIV-1 Write the spec");
        Assert.Equal((DateOnly.Parse(Day(1), CultureInfo.InvariantCulture), DateOnly.Parse(Day(4), CultureInfo.InvariantCulture)), (spec.DtStart!.Date, spec.DtEnd!.Date));
        Assert.False(spec.DtStart.HasTime);
        var release = calendar.Events.Single(e => e.Summary == "◆ PRIV: Release");
        Assert.Equal(DateOnly.Parse(Day(10), CultureInfo.InvariantCulture), release.DtStart!.Date);

        // Listed without the token; only the owner sees and manages it.
        var listed = Assert.Single((await bob.GetJsonAsync("/api/projects/my/feeds")).EnumerateArray());
        Assert.False(listed.TryGetProperty("token", out _));
        Assert.Single((await bob.GetJsonAsync($"/api/projects/projects/{project}/feeds")).EnumerateArray());
        Assert.Empty((await alice.GetJsonAsync($"/api/projects/projects/{project}/feeds")).EnumerateArray());
        var feedId = created.GetProperty("feed").GetProperty("id").GetGuid();
        await (await alice.SendAsync(HttpMethod.Delete, $"/api/projects/feeds/{feedId}", null, "\"0\"")).ReadJsonAsync(HttpStatusCode.NotFound);

        // Bob leaves the private project: his feed of it stops at once.
        await (await alice.DeleteAsync($"/api/projects/projects/{project}/members/{bobId}")).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        await (await bob.PostAsJsonAsync($"/api/projects/projects/{project}/feeds", new { })).ReadJsonAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_feed_lists_only_their_tasks_and_tokens_rotate_and_revoke(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var aliceId = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var bobId = await host.CreateUserAsync("bob", BuiltInRoles.Employee);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceId));
        var bob = host.CreateClientAs(TestIdentity.SignedInUser(bobId));
        var admin = await host.CreateAdministratorClientAsync();
        var anonymous = host.CreateClient();

        var open = await bob.CreateProjectAsync("OPEN");
        var hidden = await bob.CreateProjectAsync("HIDE", "Private");
        await (await bob.ImportCsvAsync(open, $"title,assignees,due\nFor Alice,alice@example.test,{Day(2)}\nFor Bob,bob@example.test,{Day(2)}\nNobody's,,{Day(2)}\n")).ReadJsonAsync(HttpStatusCode.OK);
        await (await bob.ImportCsvAsync(hidden, $"title,due\nSecret,{Day(3)}\n")).ReadJsonAsync(HttpStatusCode.OK);

        var created = await alice.PostJsonAsync("/api/projects/my/feeds", new { name = "Alice's work" }, HttpStatusCode.Created);
        var url = created.GetProperty("url").GetString()!;
        var calendar = IcsCalendar.Load(await anonymous.GetStringAsync(url))!;
        Assert.Equal("Alice's work", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(["OPEN-1 For Alice"], calendar.Events.Select(e => e.Summary));

        // Rotating needs the current ETag; the old URL stops, the new one works.
        var feedId = created.GetProperty("feed").GetProperty("id").GetGuid();
        await (await alice.SendAsync(HttpMethod.Post, $"/api/projects/feeds/{feedId}/rotate", null, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var rotated = await (await alice.SendAsync(HttpMethod.Post, $"/api/projects/feeds/{feedId}/rotate", null, "\"0\"")).ReadJsonAsync(HttpStatusCode.OK);
        await (await alice.SendAsync(HttpMethod.Post, $"/api/projects/feeds/{feedId}/rotate", null, "\"0\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        var newUrl = rotated.GetProperty("url").GetString()!;
        Assert.NotEqual(url, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(newUrl)).StatusCode);

        // An API client acting for nobody cannot own a feed; revoking shuts the URL.
        await (await admin.PostAsJsonAsync("/api/projects/my/feeds", new { })).ReadJsonAsync(HttpStatusCode.Forbidden);
        await (await alice.SendAsync(HttpMethod.Delete, $"/api/projects/feeds/{feedId}", null, "\"1\"")).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(newUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/projects/feeds/made-up.ics")).StatusCode);
        Assert.Empty((await alice.GetJsonAsync("/api/projects/my/feeds")).EnumerateArray());
    }
}
