using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Tasks;

/// <summary>
/// Tasks with every field through the real pipeline: a full round trip, consistent dates, completion, events with
/// watchers, the timeline, safe Markdown, bad input that writes nothing, stale updates, and deleting parents.
/// </summary>
public sealed class TaskFieldsTests : IDisposable
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
    public async Task Every_field_round_trips_dates_agree_and_changes_publish_events_with_the_watchers(string provider)
    {
        var host = Start(provider);
        var aliceId = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var bobId = await host.CreateUserAsync("bob", BuiltInRoles.Employee);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceId));
        var bob = host.CreateClientAs(TestIdentity.SignedInUser(bobId));
        var project = await alice.CreateProjectAsync("FLD");
        var parent = await alice.CreateTaskAsync(project, new { title = "Epic" });

        // Wednesday 2026-12-30 + 3 working days, Monday-Friday: 30, 31 Dec, 1 Jan (a Friday) → due 2027-01-01.
        var created = await alice.CreateTaskAsync(project, new
        {
            title = "  Build the thing ", description = "Some **bold** text", status = "InProgress", priority = "High",
            assignees = new[] { new { kind = "Person", id = bobId } }, startDate = "2026-12-30", durationDays = 3, schedulingMode = "Manual",
            estimateHours = 12.5, remainingHours = 4, progress = 40, labels = new[] { " UI ", "ui", "backend" }, parentId = parent.GetProperty("id").GetGuid(),
        });
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Build the thing", created.GetProperty("title").GetString());
        Assert.Equal("Some **bold** text", created.GetProperty("description").GetString());
        Assert.Contains("<strong>bold</strong>", created.GetProperty("descriptionHtml").GetString());
        Assert.Equal("InProgress", created.GetProperty("status").GetString());
        Assert.Equal("High", created.GetProperty("priority").GetString());
        Assert.Equal(bobId, Assert.Single(created.GetProperty("assignees").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(aliceId, created.GetProperty("reporterId").GetGuid());
        Assert.Equal("2027-01-01", created.GetProperty("dueDate").GetString());
        Assert.Equal(3, created.GetProperty("durationDays").GetInt32());
        Assert.Equal("Manual", created.GetProperty("schedulingMode").GetString());
        Assert.Equal(12.5m, created.GetProperty("estimateHours").GetDecimal());
        Assert.Equal(4m, created.GetProperty("remainingHours").GetDecimal());
        Assert.Equal(40, created.GetProperty("progress").GetInt32());
        Assert.Equal(["backend", "UI"], created.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(parent.GetProperty("id").GetGuid(), created.GetProperty("parentId").GetGuid());
        Assert.Equal(new[] { aliceId, bobId }.Order(), created.GetProperty("watchers").EnumerateArray().Select(w => w.GetGuid()));

        var read = await alice.GetAsync($"/api/projects/tasks/{id}");
        var body = await read.ReadJsonAsync(HttpStatusCode.OK);
        // Stored timestamps have the database's precision; every other field reads back as it was created.
        static IEnumerable<string> Fields(JsonElement task) =>
            task.EnumerateObject().Where(p => p.Name is not ("createdAt" or "updatedAt")).Select(p => $"{p.Name}={p.Value}");
        Assert.Equal(Fields(created), Fields(body));
        Assert.Equal("\"0\"", read.Headers.ETag!.Tag);

        // PUT replaces: a new due date recounts the duration; missing optional fields are cleared; Done completes.
        var update = new { title = "Build it", status = "Done", startDate = "2026-12-30", dueDate = "2027-01-05", durationDays = 3, assignees = new[] { new { kind = "Person", id = bobId }, new { kind = "Person", id = aliceId } } };
        await (await alice.SendAsync(HttpMethod.Put, $"/api/projects/tasks/{id}", update, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var updated = await (await alice.SendAsync(HttpMethod.Put, $"/api/projects/tasks/{id}", update, "\"0\"")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, updated.GetProperty("durationDays").GetInt32());
        Assert.Equal(100, updated.GetProperty("progress").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, updated.GetProperty("completedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("description").ValueKind);
        Assert.Empty(updated.GetProperty("labels").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("parentId").ValueKind);
        Assert.Equal("High", updated.GetProperty("priority").GetString());
        Assert.Equal("Manual", updated.GetProperty("schedulingMode").GetString());
        Assert.Equal(1, updated.GetProperty("version").GetInt64());

        // A stale If-Match changes nothing.
        var stale = await alice.SendAsync(HttpMethod.Put, $"/api/projects/tasks/{id}", update with { title = "Lost" }, "\"0\"");
        await stale.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Build it", (await alice.GetJsonAsync($"/api/projects/tasks/{id}")).GetProperty("title").GetString());

        // Events: created, assigned, then updated (changed fields), assigned (alice added), status-changed, completed — all with watchers.
        var events = (await host.ProjectEventsAsync()).Where(e => e.Payload.TryGetProperty("taskId", out var task) && task.GetGuid() == id).ToList();
        Assert.Equal(
            ["projects.task-created.v1", "projects.task-assigned.v1", "projects.task-updated.v1", "projects.task-assigned.v1", "projects.task-status-changed.v1", "projects.task-completed.v1"],
            events.Select(e => e.Type));
        Assert.All(events, e => Assert.Contains(bobId, e.Payload.GetProperty("watcherIds").EnumerateArray().Select(w => w.GetGuid())));
        var changed = events[2].Payload.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "title", "description", "dueDate", "durationDays", "status", "progress", "labels", "parentId", "assignees" }, changed.ToHashSet());
        Assert.Equal(aliceId, Assert.Single(events[3].Payload.GetProperty("added").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("InProgress", events[4].Payload.GetProperty("fromStatus").GetString());
        Assert.Equal("Done", events[4].Payload.GetProperty("toStatus").GetString());

        // The timeline shows them, newest first, once delivered.
        var timeline = await HttpAssertions.EventuallyAsync(
            () => alice.GetJsonAsync($"/api/projects/projects/{project}/timeline?taskId={id}"),
            t => t.GetProperty("totalCount").GetInt64() == 6, because: "each task event becomes a timeline entry");
        // Events of one save share their time; the update's come before the creation's.
        var entries = timeline.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Equal(events.Select(e => e.Type).Order(), entries.Order());
        Assert.Equal(["projects.task-assigned.v1", "projects.task-created.v1"], entries[^2..].Order());
        Assert.Contains(aliceId.ToString(), timeline.GetProperty("items")[0].GetProperty("actor").GetString());

        // Watching is personal and needs no If-Match.
        var carolId = await host.CreateUserAsync("carol", BuiltInRoles.Employee);
        var carol = host.CreateClientAs(TestIdentity.SignedInUser(carolId));
        var watched = await (await carol.PutAsync($"/api/projects/tasks/{id}/watchers/me", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains(carolId, watched.GetProperty("watchers").EnumerateArray().Select(w => w.GetGuid()));
        var unwatched = await (await bob.DeleteAsync($"/api/projects/tasks/{id}/watchers/me")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(bobId, unwatched.GetProperty("watchers").EnumerateArray().Select(w => w.GetGuid()));
        Assert.Equal(1, (await alice.GetJsonAsync($"/api/projects/tasks/{id}")).GetProperty("version").GetInt64());
    }
}
