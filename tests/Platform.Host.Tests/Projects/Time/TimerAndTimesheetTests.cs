using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Comments;
using static Platform.Host.Tests.Projects.Comments.CollaborationHost;

namespace Platform.Host.Tests.Projects.Time;

/// <summary>The running timer on the host's fake clock, weekly timesheets and a project's time against estimates.</summary>
public sealed class TimerAndTimesheetTests : IDisposable
{
    private CollaborationHost? _host;

    public void Dispose() => _host?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_timer_writes_its_entry_rounded_to_the_minute_and_starting_another_stops_it(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var project = await CreateProjectAsync(alice, "TMR");
        var design = await CreateTaskAsync(alice, project, "Design");
        var build = await CreateTaskAsync(alice, project, "Build");

        await (await alice.GetAsync("/api/projects/my/timer")).ReadJsonAsync(HttpStatusCode.NoContent);
        await alice.PostJsonAsync("/api/projects/my/timer/stop", new { }, HttpStatusCode.NotFound);

        var started = await alice.PostJsonAsync("/api/projects/my/timer/start", new { taskId = design, note = "Sketches", billable = true }, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, started.GetProperty("stoppedEntry").ValueKind);
        host.Time.Advance(TimeSpan.FromMinutes(50) + TimeSpan.FromSeconds(30));
        var running = await alice.GetJsonAsync("/api/projects/my/timer");
        Assert.Equal(design, running.GetProperty("taskId").GetGuid());
        Assert.Equal(50, running.GetProperty("elapsedMinutes").GetInt32());

        // Starting on another task stops the first and writes its entry (50.5 minutes round to 51).
        var switched = await alice.PostJsonAsync("/api/projects/my/timer/start", new { taskId = build }, HttpStatusCode.OK);
        var first = switched.GetProperty("stoppedEntry");
        Assert.Equal(design, first.GetProperty("taskId").GetGuid());
        Assert.Equal(51, first.GetProperty("minutes").GetInt32());
        Assert.Equal("Sketches", first.GetProperty("note").GetString());
        Assert.True(first.GetProperty("billable").GetBoolean());
        Assert.Equal("Timer", first.GetProperty("source").GetString());
        Assert.Equal(build, switched.GetProperty("timer").GetProperty("taskId").GetGuid());

        // A very short run still records a minute.
        host.Time.Advance(TimeSpan.FromSeconds(20));
        var stopped = await alice.PostJsonAsync("/api/projects/my/timer/stop", new { }, HttpStatusCode.OK);
        Assert.Equal(1, stopped.GetProperty("minutes").GetInt32());
        Assert.Equal("2026-11-23", stopped.GetProperty("date").GetString());
        await (await alice.GetAsync("/api/projects/my/timer")).ReadJsonAsync(HttpStatusCode.NoContent);

        // A discarded timer writes nothing.
        await alice.PostJsonAsync("/api/projects/my/timer/start", new { taskId = build }, HttpStatusCode.OK);
        host.Time.Advance(TimeSpan.FromHours(1));
        await Send(alice, HttpMethod.Delete, "/api/projects/my/timer", null, null, HttpStatusCode.NoContent);
        var mine = await alice.GetJsonAsync("/api/projects/my/time-entries");
        Assert.Equal([51, 1], mine.EnumerateArray().Select(e => e.GetProperty("minutes").GetInt32()));
        Assert.Equal(2, (await host.EventsAsync("projects.time-logged.v1")).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_weekly_timesheet_sums_per_task_and_day_and_splits_billable_time(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (aliceId, alice) = await host.UserAsync("alice");
        var (bobId, bob) = await host.UserAsync("bob");
        var (_, carol) = await host.UserAsync("carol");
        var project = await CreateProjectAsync(alice, "WK");
        await Send(alice, HttpMethod.Put, $"/api/projects/projects/{project}/members/{bobId}", new { role = "Member" }, null, HttpStatusCode.Created);
        var design = await CreateTaskAsync(alice, project, "Design");
        var build = await CreateTaskAsync(alice, project, "Build");
        await host.SetEstimateAsync(design, 4);
        await host.SetEstimateAsync(build, 10);
        var other = await CreateProjectAsync(bob, "OTH");
        var elsewhere = await CreateTaskAsync(bob, other, "Elsewhere");

        await Log(bob, design, 2, "2026-11-23", true);
        await Log(bob, design, 1.5m, "2026-11-23", false);
        await Log(bob, build, 8, "2026-11-24", true);
        await Log(bob, build, 0.25m, "2026-11-22", true); // the week before
        await Log(bob, elsewhere, 3, "2026-11-24", false);
        await Log(alice, build, 1, "2026-11-23", true);

        var sheet = await bob.GetJsonAsync($"/api/projects/people/{bobId}/timesheet?week=2026-W48");
        Assert.Equal("2026-W48", sheet.GetProperty("week").GetString());
        Assert.Equal("2026-11-23", sheet.GetProperty("from").GetString());
        Assert.Equal(["OTH-1", "WK-1", "WK-2"], sheet.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("taskKey").GetString()));
        var designLine = sheet.GetProperty("lines")[1];
        Assert.Equal([3.5m, 0, 0, 0, 0, 0, 0], designLine.GetProperty("hours").EnumerateArray().Select(h => h.GetDecimal()));
        Assert.Equal(2m, designLine.GetProperty("billableHours").GetDecimal());
        Assert.Equal([3.5m, 11m, 0, 0, 0, 0, 0], sheet.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("hours").GetDecimal()));
        Assert.Equal(14.5m, sheet.GetProperty("totalHours").GetDecimal());
        Assert.Equal(10m, sheet.GetProperty("billableHours").GetDecimal());
        Assert.Equal(4.5m, sheet.GetProperty("nonBillableHours").GetDecimal());

        // Alice manages WK only: she sees Bob's time there, not in OTH. Carol manages nothing: 403.
        var managed = await alice.GetJsonAsync($"/api/projects/people/{bobId}/timesheet?week=2026-W48");
        Assert.Equal(["WK-1", "WK-2"], managed.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("taskKey").GetString()));
        Assert.Equal(11.5m, managed.GetProperty("totalHours").GetDecimal());
        await carol.GetJsonAsync($"/api/projects/people/{bobId}/timesheet?week=2026-W48", HttpStatusCode.Forbidden);
        var admin = await host.Admin.GetJsonAsync($"/api/projects/people/{bobId}/timesheet?week=2026-W48");
        Assert.Equal(14.5m, admin.GetProperty("totalHours").GetDecimal());
        var badWeek = await bob.GetJsonAsync($"/api/projects/people/{bobId}/timesheet?week=2026-48", HttpStatusCode.BadRequest);
        Assert.True(badWeek.GetProperty("errors").TryGetProperty("week", out _));

        // The project's time against estimates: Build 9.25 logged, 0.75 remaining (10 - 9.25), variance 0.
        var summary = await carol.GetJsonAsync($"/api/projects/projects/{project}/time-summary");
        Assert.Equal(14m, summary.GetProperty("estimateHours").GetDecimal());
        Assert.Equal(12.75m, summary.GetProperty("loggedHours").GetDecimal());
        Assert.Equal(11.25m, summary.GetProperty("billableHours").GetDecimal());
        var tasks = summary.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("taskKey").GetString()!);
        Assert.Equal(3.5m, tasks["WK-1"].GetProperty("loggedHours").GetDecimal());
        Assert.Equal(0.5m, tasks["WK-1"].GetProperty("remainingHours").GetDecimal());
        Assert.Equal(0m, tasks["WK-1"].GetProperty("varianceHours").GetDecimal());
        Assert.Equal(9.25m, tasks["WK-2"].GetProperty("loggedHours").GetDecimal());
        Assert.Equal(0.75m, tasks["WK-2"].GetProperty("remainingHours").GetDecimal());
        Assert.Equal(
            [(bobId, 11.75m), (aliceId, 1m)],
            summary.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("userId").GetGuid(), p.GetProperty("loggedHours").GetDecimal())));
    }

    private static Task<JsonElement> Log(HttpClient client, Guid task, decimal hours, string date, bool billable) =>
        client.PostJsonAsync($"/api/projects/tasks/{task}/time-entries", new { hours, date, billable }, HttpStatusCode.Created);
}
