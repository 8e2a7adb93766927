using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Api;

/// <summary>The Projects module's first slice through the real pipeline as an administrator: CRUD, lists, ETags, errors, audit.</summary>
public sealed class ProjectsApiTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;
    private HttpClient _client = null!;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    /// <summary>Starts the host with the Projects plugin on <paramref name="provider"/> (skips when PostgreSQL is not configured).</summary>
    private void Start(string provider, Dictionary<string, string?>? settings = null)
    {
        _database ??= TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        settings ??= [];
        settings["Platform:Limits:MaxRequestBodyBytes"] = "4096";
        _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, settings);
        _client = _host.CreateAdministratorClient();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tasks_are_created_read_updated_with_if_match_and_deleted(string provider)
    {
        Start(provider);
        var project = await CreateProjectAsync("WEB", "Website");
        var created = await _client.PostAsJsonAsync($"/api/projects/projects/{project}/tasks", new { title = "Design", priority = "High", dueDate = "2026-12-01" });
        var task = await created.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, task.GetProperty("number").GetInt32());
        Assert.Equal("\"0\"", created.Headers.ETag!.Tag);
        var id = task.GetProperty("id").GetGuid();

        var update = new { title = "Design v2", status = "InProgress", priority = "Urgent" };
        await (await _client.PutAsJsonAsync($"/api/projects/tasks/{id}", update)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        var updated = await Send(HttpMethod.Put, $"/api/projects/tasks/{id}", update, "\"0\"");
        var body = await updated.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Design v2", body.GetProperty("title").GetString());
        Assert.Equal("\"1\"", updated.Headers.ETag!.Tag);

        var stale = await Send(HttpMethod.Put, $"/api/projects/tasks/{id}", update with { }, "\"0\"");
        var problem = await stale.ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("\"1\"", problem.GetProperty("detail").GetString());

        await (await Send(HttpMethod.Delete, $"/api/projects/tasks/{id}", null, "\"1\"")).ReadJsonAsync(HttpStatusCode.NoContent);
        await _client.GetJsonAsync($"/api/projects/tasks/{id}", HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Task_lists_filter_sort_and_page_with_a_total(string provider)
    {
        Start(provider);
        var project = await CreateProjectAsync("LST", "Lists");
        foreach (var (title, status, due) in new[] { ("a", "ToDo", "2026-12-01"), ("b", "Done", "2026-12-05"), ("c", "ToDo", "2026-12-10"), ("d", "ToDo", (string?)null) })
        {
            await _client.PostJsonAsync($"/api/projects/projects/{project}/tasks", new { title, status, dueDate = due }, HttpStatusCode.Created);
        }

        var todo = await _client.GetJsonAsync($"/api/projects/projects/{project}/tasks?status=ToDo&sort=-title&pageSize=2");
        Assert.Equal(3, todo.GetProperty("totalCount").GetInt64());
        Assert.Equal(["d", "c"], todo.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        var second = await _client.GetJsonAsync($"/api/projects/projects/{project}/tasks?status=ToDo&sort=-title&pageSize=2&page=2");
        Assert.Equal(["a"], second.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()));

        var dueWindow = await _client.GetJsonAsync($"/api/projects/projects/{project}/tasks?dueAfter=2026-12-02&dueBefore=2026-12-31");
        Assert.Equal(["b", "c"], dueWindow.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString()));

        var invalid = await _client.GetJsonAsync($"/api/projects/projects/{project}/tasks?pageSize=1000&sort=secret", HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("pageSize", out _));
        Assert.True(invalid.GetProperty("errors").TryGetProperty("sort", out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_gets_a_problem_that_names_the_field_and_writes_nothing(string provider)
    {
        Start(provider);
        var missing = await _client.PostJsonAsync("/api/projects/projects", new { key = "NOPE" }, HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("name", out _));

        var wrongType = await Raw("/api/projects/projects", """{ "key": "TYP", "name": 42 }""");
        var problem = await wrongType.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.DoesNotContain("Platform.Modules", problem.ToString());
        Assert.True(problem.TryGetProperty("traceId", out _));

        var malformed = await Raw("/api/projects/projects", """{ "key": "MAL", "name": """);
        await malformed.ReadJsonAsync(HttpStatusCode.BadRequest);

        var invalidKey = await _client.PostJsonAsync("/api/projects/projects", new { key = "lower case", name = "x" }, HttpStatusCode.BadRequest);
        Assert.True(invalidKey.GetProperty("errors").TryGetProperty("key", out _));

        var huge = await Raw("/api/projects/projects", JsonSerializer.Serialize(new { key = "BIG", name = new string('x', 10_000) }));
        await huge.ReadJsonAsync(HttpStatusCode.RequestEntityTooLarge);

        await CreateProjectAsync("DUP", "First");
        var duplicate = await _client.PostJsonAsync("/api/projects/projects", new { key = "DUP", name = "Second" }, HttpStatusCode.Conflict);
        Assert.Contains("DUP", duplicate.GetProperty("title").GetString());

        var list = await _client.GetJsonAsync("/api/projects/projects");
        Assert.Equal(["DUP"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("key").GetString()));

        var badQuery = await _client.GetJsonAsync("/api/projects/projects?page=abc", HttpStatusCode.BadRequest);
        Assert.Contains("whole number", badQuery.GetProperty("errors").GetProperty("page")[0].GetString());
        var badEnum = await _client.GetJsonAsync($"/api/projects/projects/{Guid.NewGuid()}/tasks?priority=Sleeping&dueBefore=soon", HttpStatusCode.BadRequest);
        Assert.Contains("Urgent", badEnum.GetProperty("errors").GetProperty("priority")[0].GetString());
        Assert.Contains("yyyy-MM-dd", badEnum.GetProperty("errors").GetProperty("dueBefore")[0].GetString());

        var unknown = await _client.GetAsync("/api/projects/nothing-here");
        await unknown.ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_write_is_in_the_audit_trail_with_old_and_new_values(string provider)
    {
        Start(provider);
        var project = await CreateProjectAsync("AUD", "Audited");
        var task = await _client.PostJsonAsync($"/api/projects/projects/{project}/tasks", new { title = "Before" }, HttpStatusCode.Created);
        var id = task.GetProperty("id").GetGuid();
        await (await Send(HttpMethod.Put, $"/api/projects/tasks/{id}", new { title = "After", status = "Done", priority = "Low" }, "\"0\"")).ReadJsonAsync(HttpStatusCode.OK);

        var audit = await HttpAssertions.EventuallyAsync(
            () => _client.GetJsonAsync($"/api/platform/audit?module=projects&entity=ProjectTask&entityId={id}"),
            a => a.GetProperty("totalCount").GetInt64() == 2, because: "create and update of the task are audited");
        var update = audit.GetProperty("items")[0];
        Assert.Equal("updated", update.GetProperty("action").GetString());
        var caller = await _client.GetJsonAsync("/api/platform/me");
        Assert.Equal($"client:{caller.GetProperty("subject").GetString()}", update.GetProperty("actor").GetString());
        var title = update.GetProperty("changes").GetProperty("Title");
        Assert.Equal("Before", title.GetProperty("old").GetString());
        Assert.Equal("After", title.GetProperty("new").GetString());
        Assert.Equal("created", audit.GetProperty("items")[1].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Swagger_serves_a_document_per_module_and_one_for_the_platform()
    {
        Start("sqlite");
        var projects = await _client.GetJsonAsync("/swagger/projects/swagger.json");
        Assert.True(projects.GetProperty("paths").TryGetProperty("/api/projects/tasks/{id}", out var taskPath));
        Assert.False(string.IsNullOrEmpty(taskPath.GetProperty("put").GetProperty("description").GetString()));
        Assert.False(projects.GetProperty("paths").TryGetProperty("/api/platform/modules", out _));

        var platform = await _client.GetJsonAsync("/swagger/platform/swagger.json");
        Assert.True(platform.GetProperty("paths").TryGetProperty("/api/platform/modules", out _));
        Assert.True(platform.GetProperty("paths").TryGetProperty("/api/platform/events/dead-letters", out _));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/swagger/index.html")).StatusCode);
    }

    private async Task<Guid> CreateProjectAsync(string key, string name) =>
        (await _client.PostJsonAsync("/api/projects/projects", new { key, name }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private Task<HttpResponseMessage> Raw(string url, string json) =>
        _client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return _client.SendAsync(request);
    }
}
