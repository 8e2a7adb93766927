using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Persistence;

namespace Platform.Host.Tests.Projects.Tasks;

/// <summary>Requests and probes the task tests share: creating projects and tasks, If-Match sends, and the module's outbox.</summary>
internal static class TaskHost
{
    public static async Task<Guid> CreateProjectAsync(this HttpClient http, string key, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["key"] = key, ["name"] = $"Project {key}" };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }

        return (await http.PostJsonAsync("/api/projects/projects", body, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> CreateTaskAsync(this HttpClient http, Guid project, object body) =>
        await http.PostJsonAsync($"/api/projects/projects/{project}/tasks", body, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> SendAsync(this HttpClient http, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return http.SendAsync(request);
    }

    public static string ETag(this JsonElement task) => $"\"{task.GetProperty("version").GetInt64()}\"";

    /// <summary>The messages of one field of a 400 ValidationProblem.</summary>
    public static string FieldErrors(this JsonElement problem, string field) =>
        string.Join(" | ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    public static List<string?> Titles(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("title").GetString())];

    /// <summary>The integration events the Projects module wrote to its outbox, oldest first: (name, payload).</summary>
    public static async Task<List<(string Type, JsonElement Payload)>> ProjectEventsAsync(this PlatformHost host)
    {
        _ = host.CreateClient();
        var module = host.Services.GetRequiredService<ModuleCatalog>().Find("projects") ?? throw new InvalidOperationException("Projects is not loaded.");
        await using var scope = module.Scope!.BeginLifetimeScope();
        var db = scope.Resolve<ModuleDbContext>();
        var rows = await db.Outbox.AsNoTracking().Where(m => m.Kind == OutboxMessageKind.Event).OrderBy(m => m.Sequence).Select(m => new { m.Type, m.Payload }).ToListAsync();
        return [.. rows.Select(r => (r.Type, JsonDocument.Parse(r.Payload).RootElement.Clone()))];
    }
}
