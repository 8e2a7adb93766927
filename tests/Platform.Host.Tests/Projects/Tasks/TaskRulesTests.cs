using System.Net;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Projects.Tasks;

/// <summary>Bad task input is a 400 naming the field and writes nothing; Markdown is rendered safely; parents are deleted on purpose only.</summary>
public sealed class TaskRulesTests : IDisposable
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

    private HttpClient Start(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database);
        return _host.CreateAdministratorClient();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_written(string provider)
    {
        var admin = Start(provider);
        var project = await admin.CreateProjectAsync("BAD");
        var url = $"/api/projects/projects/{project}/tasks";

        var dates = await admin.PostJsonAsync(url, new { title = "x", startDate = "2026-12-10", dueDate = "2026-12-01" }, HttpStatusCode.BadRequest);
        Assert.Contains("before", dates.FieldErrors("dueDate"));
        var stranger = Guid.NewGuid();
        var assignee = await admin.PostJsonAsync(url, new { title = "x", assignees = new[] { new { kind = "Person", id = stranger } } }, HttpStatusCode.BadRequest);
        Assert.Contains(stranger.ToString(), assignee.FieldErrors("assignees"));
        var department = await admin.PostJsonAsync(url, new { title = "x", assignees = new[] { new { kind = "Department", id = stranger } } }, HttpStatusCode.BadRequest);
        Assert.Contains("departments", department.FieldErrors("assignees"));
        var status = await admin.PostJsonAsync(url, new { title = "x", status = "Sleeping" }, HttpStatusCode.BadRequest);
        Assert.Contains("ToDo, InProgress, Done", status.FieldErrors("status"));
        var numbers = await admin.PostJsonAsync(url, new { title = " ", estimateHours = -1, remainingHours = -2, progress = 101, durationDays = -1, labels = Enumerable.Range(0, 21).Select(i => $"l{i}") }, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "estimateHours", "remainingHours", "progress", "durationDays", "labels" })
        {
            Assert.True(numbers.GetProperty("errors").TryGetProperty(field, out _), $"{field} is not named");
        }

        await admin.PostJsonAsync(url, new { title = "x", parentId = Guid.NewGuid() }, HttpStatusCode.BadRequest);
        Assert.Equal(0, (await admin.GetJsonAsync(url)).GetProperty("totalCount").GetInt64());

        // A → B → C; making C the parent of A is a loop, named by task numbers.
        var a = await admin.CreateTaskAsync(project, new { title = "A" });
        var b = await admin.CreateTaskAsync(project, new { title = "B", parentId = a.GetProperty("id").GetGuid() });
        var c = await admin.CreateTaskAsync(project, new { title = "C", parentId = b.GetProperty("id").GetGuid() });
        var cycle = await (await admin.SendAsync(HttpMethod.Put, $"/api/projects/tasks/{a.GetProperty("id")}", new { title = "A", parentId = c.GetProperty("id").GetGuid() }, a.ETag()))
            .ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("BAD-1 → BAD-3 → BAD-2 → BAD-1", cycle.FieldErrors("parentId"));
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/projects/tasks/{a.GetProperty("id")}")).GetProperty("version").GetInt64());

        // Unknown status filters list the valid keys too.
        var filter = await admin.GetJsonAsync($"{url}?status=Nope", HttpStatusCode.BadRequest);
        Assert.Contains("ToDo", filter.FieldErrors("status"));

        // A parent goes only with ?cascade=true, and then with its whole subtree.
        var conflict = await (await admin.SendAsync(HttpMethod.Delete, $"/api/projects/tasks/{a.GetProperty("id")}", null, a.ETag())).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("2 subtask", conflict.GetProperty("title").GetString());
        await (await admin.SendAsync(HttpMethod.Delete, $"/api/projects/tasks/{a.GetProperty("id")}?cascade=true", null, a.ETag())).ReadJsonAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, (await admin.GetJsonAsync(url)).GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Markdown_descriptions_are_rendered_without_scripts_or_javascript_links(string provider)
    {
        var admin = Start(provider);
        var project = await admin.CreateProjectAsync("MD");
        var task = await admin.CreateTaskAsync(project, new
        {
            title = "Hostile",
            description = "Hi <script>alert('x')</script>\n\n[click](javascript:alert(1)) and [docs](https://example.com) <img src=x onerror=alert(2)>",
        });
        var html = task.GetProperty("descriptionHtml").GetString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://example.com\"", html);
        Assert.Contains("<script>", task.GetProperty("description").GetString());
    }
}
