using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Hr.Leave;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Projects.Comments.CollaborationHost;

namespace Platform.Host.Tests.Projects.Comments;

/// <summary>Mentions notify each person once through projects.person-mentioned.v1, read back from the module's outbox.</summary>
public sealed class MentionTests : IDisposable
{
    private const string Mentioned = "projects.person-mentioned.v1";

    private CollaborationHost? _host;

    public void Dispose() => _host?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Mentioned_people_are_notified_once_and_an_edit_notifies_only_new_ones(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (aliceId, alice) = await host.UserAsync("alice");
        var (bobId, bob) = await host.UserAsync("bob");
        var (carolId, _) = await host.UserAsync("carol");
        var (daveId, _) = await host.UserAsync("dave");
        var project = await CreateProjectAsync(alice, "MEN");
        var task = await CreateTaskAsync(alice, project, "Review");

        // Bob comments first and so watches the task.
        await bob.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "Watching" }, HttpStatusCode.Created);
        var body = $"@[Bob](user:{bobId}) and @carol@example.test please look; @[Bob B.](user:{bobId}) again, `@dave@example.test` is code, so is mine @[Alice](user:{aliceId})";
        var comment = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body }, HttpStatusCode.Created);
        Assert.Contains("@Bob and", comment.GetProperty("bodyHtml").GetString());

        var events = await host.EventsAsync(Mentioned);
        Assert.Equal(new[] { bobId, carolId }.Order(), events.Select(e => e.GetProperty("userId").GetGuid()).Order());
        Assert.All(events, e =>
        {
            Assert.Equal(aliceId, e.GetProperty("mentionedBy").GetGuid());
            Assert.Equal(task, e.GetProperty("taskId").GetGuid());
            Assert.Equal(comment.GetProperty("id").GetGuid(), e.GetProperty("commentId").GetGuid());
            Assert.Equal("MEN-1", e.GetProperty("taskKey").GetString());
            Assert.True(e.GetProperty("canSeeTask").GetBoolean());
        });

        var added = (await host.EventsAsync("projects.comment-added.v1"))[^1];
        Assert.Equal([bobId], added.GetProperty("watcherIds").EnumerateArray().Select(w => w.GetGuid()));

        // The edit adds dave and keeps bob: only dave is notified.
        await Send(alice, HttpMethod.Put, $"/api/projects/comments/{comment.GetProperty("id")}", new { body = body + $" and @[Dave](user:{daveId})" }, ETag(comment), HttpStatusCode.OK);
        var after = await host.EventsAsync(Mentioned);
        Assert.Equal(3, after.Count);
        Assert.Equal(daveId, after[^1].GetProperty("userId").GetGuid());

        // A token naming nobody is refused and writes nothing.
        var unknown = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = $"@[Ghost](user:{Guid.NewGuid()})" }, HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Equal(2, (await alice.GetJsonAsync($"/api/projects/tasks/{task}/comments")).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Someone_who_cannot_see_the_project_is_notified_with_the_task_key_only(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (bobId, _) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "PRV", "Private");
        var task = await CreateTaskAsync(alice, project, "Confidential merger");

        await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = $"@[Bob](user:{bobId}) can you help?" }, HttpStatusCode.Created);

        var mention = Assert.Single(await host.EventsAsync(Mentioned));
        Assert.Equal(bobId, mention.GetProperty("userId").GetGuid());
        Assert.False(mention.GetProperty("canSeeTask").GetBoolean());
        Assert.Equal("PRV-1", mention.GetProperty("taskKey").GetString());
        Assert.Equal(JsonValueKind.Null, mention.GetProperty("taskTitle").ValueKind);
        Assert.Equal(JsonValueKind.Null, mention.GetProperty("excerpt").ValueKind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_department_mention_notifies_its_members_but_not_the_author_and_not_other_departments(string provider)
    {
        var host = _host = new CollaborationHost(provider, withHr: true);
        var (aliceId, alice) = await host.UserAsync("alice");
        var (bobId, _) = await host.UserAsync("bob");
        var (carolId, _) = await host.UserAsync("carol");
        var (outsiderId, _) = await host.UserAsync("olga");
        var design = await host.Host.AddDepartmentAsync("Design");
        var sales = await host.Host.AddDepartmentAsync("Sales");
        await host.Host.AddEmployeeAsync("E1", "Bob Builder", userId: bobId, departmentId: design);
        await host.Host.AddEmployeeAsync("E2", "Carol Designer", userId: carolId, departmentId: design);
        await host.Host.AddEmployeeAsync("E3", "Alice Author", userId: aliceId, departmentId: design);
        await host.Host.AddEmployeeAsync("E4", "Olga Sales", userId: outsiderId, departmentId: sales);
        var project = await CreateProjectAsync(alice, "DEP");
        var task = await CreateTaskAsync(alice, project, "Logo");

        await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = $"@[Design](department:{design}) thoughts? Also @[Bob](user:{bobId})." }, HttpStatusCode.Created);

        var events = await host.EventsAsync(Mentioned);
        Assert.Equal(new[] { bobId, carolId }.Order(), events.Select(e => e.GetProperty("userId").GetGuid()).Order());

        var unknown = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = $"@[Nobody](department:{Guid.NewGuid()})" }, HttpStatusCode.BadRequest);
        Assert.Contains("department", unknown.GetProperty("errors").GetProperty("body")[0].GetString());
    }
}
