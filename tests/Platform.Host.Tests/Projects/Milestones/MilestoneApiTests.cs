using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Gantt;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Milestones;

/// <summary>
/// Milestones through the real pipeline on a fake clock (today is 2026-12-01, a Tuesday): CRUD with ETags, linking
/// tasks, health transitions with their events published once each, and private projects.
/// </summary>
public sealed class MilestoneApiTests : IDisposable
{
    private PlanHost? _plan;

    public void Dispose() => _plan?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Milestones_are_created_read_updated_with_if_match_and_deleted_leaving_their_tasks(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("MIL");
        var task = await plan.AddTaskAsync(project, 1, "2026-12-07", "2026-12-08", 2);

        var created = await plan.Admin.PostAsJsonAsync($"/api/projects/projects/{project}/milestones", new { name = " Beta ", date = "2026-12-10", taskIds = new[] { task } });
        var milestone = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = milestone.GetProperty("id").GetGuid();
        Assert.Equal("\"0\"", created.Headers.ETag!.Tag);
        Assert.Equal($"/api/projects/milestones/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Beta", "OnTrack", 1, 0), (milestone.GetProperty("name").GetString(), milestone.GetProperty("health").GetString(), milestone.GetProperty("taskCount").GetInt32(), milestone.GetProperty("doneTaskCount").GetInt32()));
        Assert.Equal("MIL-1", milestone.GetProperty("tasks")[0].GetProperty("key").GetString());

        var update = new { name = "Beta release", date = "2026-12-11", description = "Feature complete" };
        await (await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{id}", update, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var updated = await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{id}", update, "\"0\"");
        Assert.Equal("2026-12-11", (await updated.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("date").GetString());
        Assert.Equal("\"1\"", updated.Headers.ETag!.Tag);
        await (await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{id}", update, "\"0\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);

        var list = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/milestones");
        Assert.Equal(["Beta release"], list.EnumerateArray().Select(m => m.GetProperty("name").GetString()));

        await (await plan.SendAsync(HttpMethod.Delete, $"/api/projects/milestones/{id}", null, "\"0\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        await (await plan.SendAsync(HttpMethod.Delete, $"/api/projects/milestones/{id}", null, "\"1\"")).ReadJsonAsync(HttpStatusCode.NoContent);
        await plan.Admin.GetJsonAsync($"/api/projects/milestones/{id}", HttpStatusCode.NotFound);
        var gantt = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/gantt?from=2026-12-01&to=2026-12-31");
        Assert.Equal(JsonValueKind.Null, Assert.Single(gantt.GetProperty("tasks").EnumerateArray()).GetProperty("milestoneId").ValueKind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_names_the_field_and_writes_nothing(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("BAD");
        var other = await plan.CreateProjectAsync("OTH");
        var foreign = await plan.AddTaskAsync(other, 1);
        var url = $"/api/projects/projects/{project}/milestones";

        var missing = await plan.Admin.PostJsonAsync(url, new { description = "no name, no date" }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("date", out _));
        var wrongTask = await plan.Admin.PostJsonAsync(url, new { name = "M", date = "2026-12-10", taskIds = new[] { foreign } }, HttpStatusCode.BadRequest);
        Assert.Contains(foreign.ToString(), wrongTask.GetProperty("errors").GetProperty("taskIds")[0].GetString());
        var twice = await plan.Admin.PostJsonAsync(url, new { name = "M", date = "2026-12-10", taskIds = new[] { foreign, foreign } }, HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("taskIds", out _));
        Assert.Equal(0, (await plan.Admin.GetJsonAsync(url)).GetArrayLength());

        var withTask = await plan.Admin.PostJsonAsync(url, new { name = "M", date = "2026-12-10", taskIds = new[] { await plan.AddTaskAsync(project, 1) } }, HttpStatusCode.Created);
        var mark = await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{withTask.GetProperty("id")}", new { name = "M", date = "2026-12-10", reached = true }, "\"0\"");
        Assert.True((await mark.ReadJsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reached", out _));
        await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/gantt?from=2026-12-10&to=2026-12-01", HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Health_follows_the_linked_tasks_and_each_transition_is_published_once(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("HLT");
        var early = await plan.AddTaskAsync(project, 1, "2026-12-07", "2026-12-08", 2);
        var late = await plan.AddTaskAsync(project, 2, "2026-12-09", "2026-12-11", 3);

        // Linked: early (finishing Tuesday 8th; Wednesday 9th is to spare before the 10th) → on track.
        var created = await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Launch", date = "2026-12-10", taskIds = new[] { early } }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("OnTrack", created.GetProperty("health").GetString());

        // Linking a task that finishes on the 11th puts it at risk: one slipped event, naming the forecast.
        var risky = await SetTasksAsync(plan, id, "\"0\"", early, late);
        Assert.Equal(("AtRisk", "2026-12-11"), (risky.GetProperty("health").GetString(), risky.GetProperty("forecastDate").GetString()));
        Assert.Equal([late], risky.GetProperty("lateTaskIds").EnumerateArray().Select(t => t.GetGuid()));
        var slipping = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/milestones/slipping");
        Assert.Equal([id], slipping.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        await SetTasksAsync(plan, id, "\"1\"", early, late); // no change of health, no event

        // All done → reached, once.
        await plan.UpdateTaskAsync(early, new Dictionary<string, object?> { ["Status"] = "Done", ["CompletedAt"] = PlanHost.Now });
        await plan.UpdateTaskAsync(late, new Dictionary<string, object?> { ["Status"] = "Done", ["CompletedAt"] = PlanHost.Now });
        var reached = await SetTasksAsync(plan, id, "\"2\"", early, late);
        Assert.Equal("Reached", reached.GetProperty("health").GetString());
        Assert.Equal(PlanHost.Now, reached.GetProperty("reachedAt").GetDateTimeOffset());
        await SetTasksAsync(plan, id, "\"3\"", early, late);

        var events = (await plan.EventsAsync()).Where(e => e.Type.StartsWith("projects.milestone-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["projects.milestone-slipped.v1", "projects.milestone-reached.v1"], events.Select(e => e.Type));
        Assert.Equal("AtRisk", events[0].Payload.GetProperty("health").GetString());
        Assert.Equal(id, events[1].Payload.GetProperty("milestoneId").GetGuid());

        // A milestone without tasks is reached by marking it.
        var empty = await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Sign-off", date = "2026-12-20" }, HttpStatusCode.Created);
        var marked = await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{empty.GetProperty("id")}", new { name = "Sign-off", date = "2026-12-20", reached = true }, "\"0\"");
        Assert.Equal("Reached", (await marked.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("health").GetString());
        Assert.Equal(2, (await plan.EventsAsync()).Count(e => e.Type == "projects.milestone-reached.v1"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Milestones_of_a_private_project_do_not_exist_for_outsiders(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var ownerId = await plan.Host.CreateUserAsync("owner", BuiltInRoles.Employee);
        var outsider = plan.Host.CreateClientAs(TestIdentity.SignedInUser(await plan.Host.CreateUserAsync("outsider", BuiltInRoles.Employee)));
        var owner = plan.Host.CreateClientAs(TestIdentity.SignedInUser(ownerId));
        var project = await plan.CreateProjectAsync("PRV", visibility: "Private", client: owner);
        var milestone = await owner.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Secret", date = "2026-12-10" }, HttpStatusCode.Created);
        var id = milestone.GetProperty("id").GetGuid();

        await outsider.GetJsonAsync($"/api/projects/projects/{project}/milestones", HttpStatusCode.NotFound);
        await outsider.GetJsonAsync($"/api/projects/milestones/{id}", HttpStatusCode.NotFound);
        await (await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{id}", new { name = "Mine", date = "2026-12-10" }, "\"0\"", outsider)).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await plan.SendAsync(HttpMethod.Delete, $"/api/projects/milestones/{id}", null, "\"0\"", outsider)).ReadJsonAsync(HttpStatusCode.NotFound);
        await outsider.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Sneaky", date = "2026-12-10" }, HttpStatusCode.NotFound);
        foreach (var path in new[] { "gantt", "reports/progress", "reports/burndown", "reports/milestones", "reports/overdue", "reports/at-risk" })
        {
            await outsider.GetJsonAsync($"/api/projects/projects/{project}/{path}", HttpStatusCode.NotFound);
        }

        Assert.Single((await owner.GetJsonAsync($"/api/projects/projects/{project}/milestones")).EnumerateArray());
    }

    private static async Task<JsonElement> SetTasksAsync(PlanHost plan, Guid milestone, string etag, params Guid[] taskIds) =>
        await (await plan.SendAsync(HttpMethod.Put, $"/api/projects/milestones/{milestone}/tasks", new { taskIds }, etag)).ReadJsonAsync(HttpStatusCode.OK);
}
