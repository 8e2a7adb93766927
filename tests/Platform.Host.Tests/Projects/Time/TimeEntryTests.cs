using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Comments;
using static Platform.Host.Tests.Projects.Comments.CollaborationHost;

namespace Platform.Host.Tests.Projects.Time;

/// <summary>Time entries through the real pipeline: validation, the 24-hour day, If-Match, remaining hours, scoping, events.</summary>
public sealed class TimeEntryTests : IDisposable
{
    private CollaborationHost? _host;

    public void Dispose() => _host?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Time_is_logged_validated_changed_with_if_match_and_deleted_while_remaining_hours_follow(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (aliceId, alice) = await host.UserAsync("alice");
        var (_, bob) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "TIM");
        var task = await CreateTaskAsync(alice, project, "Build");
        await host.SetEstimateAsync(task, 10);
        var url = $"/api/projects/tasks/{task}/time-entries";

        foreach (var (hours, field) in new[] { (0m, "hours"), (-1m, "hours"), (24.5m, "hours"), (0.001m, "hours") })
        {
            var problem = await alice.PostJsonAsync(url, new { hours }, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{hours}");
        }

        var future = await alice.PostJsonAsync(url, new { hours = 1, date = "2026-11-30" }, HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("date", out _));

        var entry = await alice.PostJsonAsync(url, new { hours = 1.5, note = "Scaffolding", billable = true }, HttpStatusCode.Created);
        Assert.Equal("2026-11-23", entry.GetProperty("date").GetString());
        Assert.Equal(90, entry.GetProperty("minutes").GetInt32());
        Assert.Equal(1.5m, entry.GetProperty("hours").GetDecimal());
        Assert.Equal(aliceId, entry.GetProperty("userId").GetGuid());
        Assert.Equal(8.5m, await RemainingAsync(alice, project, task));

        // A person's day holds 24 hours across all their tasks.
        await alice.PostJsonAsync(url, new { hours = 20, date = "2026-11-23" }, HttpStatusCode.Created);
        var full = await alice.PostJsonAsync(url, new { hours = 3, date = "2026-11-23" }, HttpStatusCode.BadRequest);
        Assert.Contains("24", full.GetProperty("errors").GetProperty("hours")[0].GetString());
        Assert.Equal(0m, await RemainingAsync(alice, project, task));

        // Changes: one's own, with If-Match; a stale one is 412 and changes nothing.
        var entryUrl = $"/api/projects/time-entries/{entry.GetProperty("id")}";
        var change = new { hours = 2.25, date = "2026-11-22", note = "Scaffolding and CI", billable = false };
        await Send(alice, HttpMethod.Put, entryUrl, change, null, HttpStatusCode.PreconditionRequired);
        await Send(bob, HttpMethod.Put, entryUrl, change, "\"0\"", HttpStatusCode.Forbidden);
        var changed = await Send(alice, HttpMethod.Put, entryUrl, change, "\"0\"", HttpStatusCode.OK);
        Assert.Equal(135, changed.GetProperty("minutes").GetInt32());
        Assert.False(changed.GetProperty("billable").GetBoolean());
        await Send(alice, HttpMethod.Put, entryUrl, change with { note = "Lost update" }, "\"0\"", HttpStatusCode.PreconditionFailed);

        var list = await alice.GetJsonAsync(url);
        Assert.Equal(2, list.GetProperty("totalCount").GetInt64());
        Assert.Equal("Scaffolding and CI", list.GetProperty("items")[1].GetProperty("note").GetString());

        // Deleting the 20 hours gives them back to the task.
        var twenty = list.GetProperty("items")[0];
        await Send(alice, HttpMethod.Delete, $"/api/projects/time-entries/{twenty.GetProperty("id")}", null, ETag(twenty), HttpStatusCode.NoContent);
        Assert.Equal(20m, await RemainingAsync(alice, project, task));

        var logged = await host.EventsAsync("projects.time-logged.v1");
        Assert.Equal([90, 1200], logged.Select(e => e.GetProperty("minutes").GetInt32()));
        Assert.Equal("TIM-1", logged[0].GetProperty("taskKey").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_manager_logs_and_changes_time_for_others_and_outsiders_of_a_private_project_see_nothing(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (bobId, bob) = await host.UserAsync("bob");
        var (_, carol) = await host.UserAsync("carol");
        var project = await CreateProjectAsync(alice, "PRT", "Private");
        await Send(alice, HttpMethod.Put, $"/api/projects/projects/{project}/members/{bobId}", new { role = "Member" }, null, HttpStatusCode.Created);
        var task = await CreateTaskAsync(alice, project, "Private work");
        var url = $"/api/projects/tasks/{task}/time-entries";

        var forBob = await alice.PostJsonAsync(url, new { hours = 2, userId = bobId }, HttpStatusCode.Created);
        Assert.Equal(bobId, forBob.GetProperty("userId").GetGuid());
        await bob.PostJsonAsync(url, new { hours = 1, userId = Guid.NewGuid() }, HttpStatusCode.Forbidden);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var own = await bob.PostJsonAsync(url, new { hours = 1 }, HttpStatusCode.Created);
        await Send(alice, HttpMethod.Put, $"/api/projects/time-entries/{own.GetProperty("id")}", new { hours = 1.25, date = "2026-11-23" }, ETag(own), HttpStatusCode.OK);

        await carol.GetJsonAsync(url, HttpStatusCode.NotFound);
        await carol.PostJsonAsync(url, new { hours = 1 }, HttpStatusCode.NotFound);
        await Send(carol, HttpMethod.Delete, $"/api/projects/time-entries/{own.GetProperty("id")}", null, "\"1\"", HttpStatusCode.NotFound);
        await carol.GetJsonAsync($"/api/projects/projects/{project}/time-summary", HttpStatusCode.NotFound);
        await carol.PostJsonAsync("/api/projects/my/timer/start", new { taskId = task }, HttpStatusCode.NotFound);

        var mine = await bob.GetJsonAsync("/api/projects/my/time-entries?from=2026-11-23&to=2026-11-23");
        Assert.Equal([120, 75], mine.EnumerateArray().Select(e => e.GetProperty("minutes").GetInt32()));
        await bob.GetJsonAsync("/api/projects/my/time-entries?from=2026-11-23&to=2026-11-01", HttpStatusCode.BadRequest);
    }

    private static async Task<decimal?> RemainingAsync(HttpClient client, Guid project, Guid task)
    {
        var summary = await client.GetJsonAsync($"/api/projects/projects/{project}/time-summary");
        var remaining = summary.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("taskId").GetGuid() == task).GetProperty("remainingHours");
        return remaining.ValueKind == JsonValueKind.Null ? null : remaining.GetDecimal();
    }
}
