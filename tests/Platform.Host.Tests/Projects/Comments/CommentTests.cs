using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Projects.Comments.CollaborationHost;

namespace Platform.Host.Tests.Projects.Comments;

/// <summary>Comments through the real pipeline: the thread, edits with If-Match and history, tombstones, reactions, scoping.</summary>
public sealed class CommentTests : IDisposable
{
    private CollaborationHost? _host;

    public void Dispose() => _host?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Comments_are_added_edited_with_if_match_keep_their_history_and_leave_a_tombstone(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (_, bob) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "COM");
        var task = await CreateTaskAsync(alice, project, "Write the spec");

        var created = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "First **draft** <script>alert(1)</script>" }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("First **draft** <script>alert(1)</script>", created.GetProperty("body").GetString());
        Assert.Contains("<strong>draft</strong>", created.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain("<script", created.GetProperty("bodyHtml").GetString());
        Assert.Equal("alice", created.GetProperty("authorName").GetString());
        host.Time.Advance(TimeSpan.FromMinutes(1)); // the fake clock stands still otherwise: order follows time
        await bob.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "A reply" }, HttpStatusCode.Created);
        await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "  " }, HttpStatusCode.BadRequest);

        // Edits: the author only, with If-Match; the earlier body goes to the history.
        var url = $"/api/projects/comments/{id}";
        await Send(alice, HttpMethod.Put, url, new { body = "Second draft" }, null, HttpStatusCode.PreconditionRequired);
        await Send(bob, HttpMethod.Put, url, new { body = "Hijacked" }, "\"0\"", HttpStatusCode.Forbidden);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var edited = await Send(alice, HttpMethod.Put, url, new { body = "Second draft" }, "\"0\"", HttpStatusCode.OK);
        Assert.Equal("Second draft", edited.GetProperty("body").GetString());
        Assert.Equal(1, edited.GetProperty("version").GetInt64());
        await Send(alice, HttpMethod.Put, url, new { body = "Stale" }, "\"0\"", HttpStatusCode.PreconditionFailed);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await Send(alice, HttpMethod.Put, url, new { body = "Third draft" }, "\"1\"", HttpStatusCode.OK);

        var history = await alice.GetJsonAsync($"{url}/history");
        Assert.Equal(["Second draft", "First **draft** <script>alert(1)</script>"], history.EnumerateArray().Select(r => r.GetProperty("body").GetString()));
        Assert.Equal("alice", history[0].GetProperty("writtenByName").GetString());

        // Someone else may not delete it; the author may, leaving a tombstone without body, history or reactions.
        await Send(bob, HttpMethod.Delete, url, null, "\"2\"", HttpStatusCode.Forbidden);
        await Send(alice, HttpMethod.Delete, url, null, "\"1\"", HttpStatusCode.PreconditionFailed);
        await Send(alice, HttpMethod.Delete, url, null, "\"2\"", HttpStatusCode.NoContent);
        var thread = await alice.GetJsonAsync($"/api/projects/tasks/{task}/comments");
        Assert.Equal(2, thread.GetProperty("totalCount").GetInt64());
        var tombstone = thread.GetProperty("items")[0];
        Assert.True(tombstone.GetProperty("deleted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, tombstone.GetProperty("body").ValueKind);
        Assert.Equal("A reply", thread.GetProperty("items")[1].GetProperty("body").GetString());
        Assert.Empty((await alice.GetJsonAsync($"{url}/history")).EnumerateArray());
        await Send(alice, HttpMethod.Put, url, new { body = "Back" }, "\"3\"", HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_project_manager_deletes_any_comment(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (_, bob) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "MOD");
        var task = await CreateTaskAsync(alice, project, "Moderated");
        var comment = await bob.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "Off topic" }, HttpStatusCode.Created);

        await Send(alice, HttpMethod.Delete, $"/api/projects/comments/{comment.GetProperty("id")}", null, ETag(comment), HttpStatusCode.NoContent);

        var thread = await bob.GetJsonAsync($"/api/projects/tasks/{task}/comments");
        Assert.True(thread.GetProperty("items")[0].GetProperty("deleted").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reactions_toggle_per_person_from_an_allow_list_and_are_counted(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (_, bob) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "REA");
        var task = await CreateTaskAsync(alice, project, "Ship it");
        var comment = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "Shipped" }, HttpStatusCode.Created);
        var url = $"/api/projects/comments/{comment.GetProperty("id")}/reactions";

        await Send(alice, HttpMethod.Put, $"{url}/thumbsup", null, null, HttpStatusCode.OK);
        await Send(alice, HttpMethod.Put, $"{url}/thumbsup", null, null, HttpStatusCode.OK);
        await Send(bob, HttpMethod.Put, $"{url}/{Uri.EscapeDataString("\U0001F44D")}", null, null, HttpStatusCode.OK);
        var afterBob = await Send(bob, HttpMethod.Put, $"{url}/rocket", null, null, HttpStatusCode.OK);
        Assert.Equal([("thumbsup", 2, true), ("rocket", 1, true)], Reactions(afterBob));
        Assert.Equal(0, afterBob.GetProperty("version").GetInt64());

        var afterAlice = await Send(alice, HttpMethod.Delete, $"{url}/thumbsup", null, null, HttpStatusCode.OK);
        Assert.Equal([("thumbsup", 1, false), ("rocket", 1, false)], Reactions(afterAlice));
        await Send(alice, HttpMethod.Delete, $"{url}/thumbsup", null, null, HttpStatusCode.OK);

        var refused = await Send(alice, HttpMethod.Put, $"{url}/poop", null, null, HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("emoji", out _));
        var thread = await bob.GetJsonAsync($"/api/projects/tasks/{task}/comments");
        Assert.Equal([("thumbsup", 1, true), ("rocket", 1, true)], Reactions(thread.GetProperty("items")[0]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Comments_and_links_of_a_private_project_do_not_exist_for_outsiders(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var (_, bob) = await host.UserAsync("bob");
        var project = await CreateProjectAsync(alice, "SEC", "Private");
        var task = await CreateTaskAsync(alice, project, "Hidden");
        var comment = await alice.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "Secret" }, HttpStatusCode.Created);
        var link = await alice.PostJsonAsync($"/api/projects/tasks/{task}/links", new { url = "https://example.com/secret" }, HttpStatusCode.Created);
        var commentUrl = $"/api/projects/comments/{comment.GetProperty("id")}";

        await bob.GetJsonAsync($"/api/projects/tasks/{task}/comments", HttpStatusCode.NotFound);
        await bob.PostJsonAsync($"/api/projects/tasks/{task}/comments", new { body = "Let me in" }, HttpStatusCode.NotFound);
        await bob.GetJsonAsync(commentUrl, HttpStatusCode.NotFound);
        await bob.GetJsonAsync($"{commentUrl}/history", HttpStatusCode.NotFound);
        await Send(bob, HttpMethod.Put, $"{commentUrl}/reactions/heart", null, null, HttpStatusCode.NotFound);
        await Send(bob, HttpMethod.Delete, commentUrl, null, "\"0\"", HttpStatusCode.NotFound);
        await bob.GetJsonAsync($"/api/projects/tasks/{task}/links", HttpStatusCode.NotFound);
        await Send(bob, HttpMethod.Delete, $"/api/projects/links/{link.GetProperty("id")}", null, "\"0\"", HttpStatusCode.NotFound);
        Assert.Equal(1, (await alice.GetJsonAsync($"/api/projects/tasks/{task}/comments")).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Links_take_only_absolute_http_addresses_and_delete_with_if_match(string provider)
    {
        var host = _host = new CollaborationHost(provider);
        var (_, alice) = await host.UserAsync("alice");
        var project = await CreateProjectAsync(alice, "LNK");
        var task = await CreateTaskAsync(alice, project, "Linked");
        var url = $"/api/projects/tasks/{task}/links";

        foreach (var bad in new[] { "javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "/relative", "https://user:pw@example.com/" })
        {
            var problem = await alice.PostJsonAsync(url, new { url = bad, title = "Bad" }, HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), bad);
        }

        var document = await alice.PostJsonAsync(url, new { url = "https://example.com", kind = "Document" }, HttpStatusCode.BadRequest);
        Assert.True(document.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Empty((await alice.GetJsonAsync(url)).EnumerateArray());

        var spec = await alice.PostJsonAsync(url, new { url = "https://example.com/spec", title = "Spec" }, HttpStatusCode.Created);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var plain = await alice.PostJsonAsync(url, new { url = "http://intranet.example/wiki" }, HttpStatusCode.Created);
        Assert.Equal("Url", spec.GetProperty("kind").GetString());
        Assert.Equal("http://intranet.example/wiki", plain.GetProperty("title").GetString());
        Assert.Equal(["Spec", "http://intranet.example/wiki"], (await alice.GetJsonAsync(url)).EnumerateArray().Select(l => l.GetProperty("title").GetString()));

        var linkUrl = $"/api/projects/links/{spec.GetProperty("id")}";
        await Send(alice, HttpMethod.Delete, linkUrl, null, null, HttpStatusCode.PreconditionRequired);
        await Send(alice, HttpMethod.Delete, linkUrl, null, "\"5\"", HttpStatusCode.PreconditionFailed);
        await Send(alice, HttpMethod.Delete, linkUrl, null, ETag(spec), HttpStatusCode.NoContent);
        Assert.Single((await alice.GetJsonAsync(url)).EnumerateArray());
    }

    private static List<(string?, int, bool)> Reactions(JsonElement comment) =>
        [.. comment.GetProperty("reactions").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("count").GetInt32(), r.GetProperty("mine").GetBoolean()))];
}
