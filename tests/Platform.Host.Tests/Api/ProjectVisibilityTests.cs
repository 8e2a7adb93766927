using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Api;

/// <summary>
/// Data scoping in Projects: a private project and its tasks exist only for its owner, its members and holders of
/// projects.manage; members' roles decide who changes what.
/// </summary>
public sealed class ProjectVisibilityTests : IDisposable
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
    public async Task A_private_project_and_its_tasks_are_visible_only_to_members_the_owner_and_managers_of_all_projects(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        var aliceId = await host.CreateUserAsync("alice", BuiltInRoles.Employee);
        var bobId = await host.CreateUserAsync("bob", BuiltInRoles.Employee);
        var carolId = await host.CreateUserAsync("carol", BuiltInRoles.Manager);
        var alice = host.CreateClientAs(TestIdentity.SignedInUser(aliceId));
        var bob = host.CreateClientAs(TestIdentity.SignedInUser(bobId));
        var carol = host.CreateClientAs(TestIdentity.SignedInUser(carolId));
        var admin = await host.CreateAdministratorClientAsync();
        var reader = await host.CreateClientWithPermissionsAsync("projects.read");

        var secret = await alice.PostJsonAsync("/api/projects/projects", new { key = "SEC", name = "Secret", visibility = "Private" }, HttpStatusCode.Created);
        var open = await alice.PostJsonAsync("/api/projects/projects", new { key = "OPEN", name = "Open" }, HttpStatusCode.Created);
        Assert.Equal("Private", secret.GetProperty("visibility").GetString());
        Assert.Equal("Company", open.GetProperty("visibility").GetString());
        var secretId = secret.GetProperty("id").GetGuid();
        var task = await alice.PostJsonAsync($"/api/projects/projects/{secretId}/tasks", new { title = "Hidden work" }, HttpStatusCode.Created);
        var taskId = task.GetProperty("id").GetGuid();

        // Outsiders: not listed, 404 by id, and the same for the tasks, reads and writes alike.
        foreach (var outsider in new[] { bob, carol, reader })
        {
            Assert.Equal(["OPEN"], await KeysAsync(outsider));
            await outsider.GetJsonAsync($"/api/projects/projects/{secretId}", HttpStatusCode.NotFound);
            await outsider.GetJsonAsync($"/api/projects/projects/{secretId}/tasks", HttpStatusCode.NotFound);
            await outsider.GetJsonAsync($"/api/projects/projects/{secretId}/members", HttpStatusCode.NotFound);
            await outsider.GetJsonAsync($"/api/projects/tasks/{taskId}", HttpStatusCode.NotFound);
        }

        await (await Send(bob, HttpMethod.Put, $"/api/projects/tasks/{taskId}", new { title = "Mine now", status = "Done", priority = "Low" }, "\"0\"")).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await Send(bob, HttpMethod.Delete, $"/api/projects/projects/{secretId}", null, "\"1\"")).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await bob.PostAsJsonAsync($"/api/projects/projects/{secretId}/tasks", new { title = "Sneaky" })).ReadJsonAsync(HttpStatusCode.NotFound);

        // The owner and holders of projects.manage see everything.
        Assert.Equal(["OPEN", "SEC"], await KeysAsync(alice));
        Assert.Equal(["OPEN", "SEC"], await KeysAsync(admin));
        await admin.GetJsonAsync($"/api/projects/tasks/{taskId}");

        // A viewer sees the project and its tasks but changes nothing; a member changes tasks, not the project.
        await Put(alice, $"/api/projects/projects/{secretId}/members/{bobId}", new { role = "Viewer" }, HttpStatusCode.Created);
        Assert.Equal(["OPEN", "SEC"], await KeysAsync(bob));
        Assert.Equal(1, (await bob.GetJsonAsync($"/api/projects/projects/{secretId}/tasks")).GetProperty("totalCount").GetInt64());
        await (await bob.PostAsJsonAsync($"/api/projects/projects/{secretId}/tasks", new { title = "Viewer task" })).ReadJsonAsync(HttpStatusCode.Forbidden);
        await Put(bob, $"/api/projects/projects/{secretId}/members/{carolId}", new { role = "Viewer" }, HttpStatusCode.Forbidden);

        await Put(alice, $"/api/projects/projects/{secretId}/members/{bobId}", new { role = "Member" }, HttpStatusCode.OK);
        await bob.PostJsonAsync($"/api/projects/projects/{secretId}/tasks", new { title = "Member task" }, HttpStatusCode.Created);
        await (await Send(bob, HttpMethod.Put, $"/api/projects/projects/{secretId}", new { name = "Renamed", status = "Active" }, "\"1\"")).ReadJsonAsync(HttpStatusCode.Forbidden);

        var members = await alice.GetJsonAsync($"/api/projects/projects/{secretId}/members");
        Assert.Equal([(aliceId, "Manager", "alice"), (bobId, "Member", "bob")], members.EnumerateArray()
            .Select(m => (m.GetProperty("userId").GetGuid(), m.GetProperty("role").GetString(), m.GetProperty("displayName").GetString())));

        // Unknown users cannot be added; the owner cannot be removed or demoted.
        await Put(alice, $"/api/projects/projects/{secretId}/members/{Guid.NewGuid()}", new { role = "Member" }, HttpStatusCode.BadRequest);
        await Put(alice, $"/api/projects/projects/{secretId}/members/{aliceId}", new { role = "Viewer" }, HttpStatusCode.BadRequest);
        await (await alice.DeleteAsync($"/api/projects/projects/{secretId}/members/{aliceId}")).ReadJsonAsync(HttpStatusCode.BadRequest);

        // Removed again: invisible again.
        await (await alice.DeleteAsync($"/api/projects/projects/{secretId}/members/{bobId}")).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(["OPEN"], await KeysAsync(bob));
        await bob.GetJsonAsync($"/api/projects/tasks/{taskId}", HttpStatusCode.NotFound);

        // Turning the project company-wide opens it to everyone who reads projects.
        var current = await alice.GetAsync($"/api/projects/projects/{secretId}");
        await (await Send(alice, HttpMethod.Put, $"/api/projects/projects/{secretId}", new { name = "Secret", status = "Active", visibility = "Company" }, current.Headers.ETag!.Tag))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["OPEN", "SEC"], await KeysAsync(reader));
        Assert.Equal(2, (await bob.GetJsonAsync($"/api/projects/projects/{secretId}/tasks")).GetProperty("totalCount").GetInt64());
    }

    private static async Task<List<string?>> KeysAsync(HttpClient http) =>
        [.. (await http.GetJsonAsync("/api/projects/projects?sort=key")).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("key").GetString())];

    private static async Task Put(HttpClient http, string url, object body, HttpStatusCode expected) =>
        await (await http.PutAsJsonAsync(url, body)).ReadJsonAsync(expected);

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return http.SendAsync(request);
    }
}
