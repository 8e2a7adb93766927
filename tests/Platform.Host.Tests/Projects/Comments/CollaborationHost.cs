using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Persistence;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Projects.Comments;

/// <summary>
/// A host with the Projects plugin (and HR when asked, for departments) on a fake clock set to Monday 2026-11-23
/// 08:00 UTC, an administrator client, and helpers to act as users, send If-Match requests and read the events the
/// Projects module wrote to its outbox.
/// </summary>
internal sealed class CollaborationHost : IDisposable
{
    public static readonly DateOnly Monday = new(2026, 11, 23);

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public CollaborationHost(string provider, bool withHr = false)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        if (withHr)
        {
            plugins.Add(TestPaths.FirstPartyPlugin("hr"));
        }

        Time = new FakeTimeProvider(new DateTimeOffset(Monday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        Host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, time: Time);
        Admin = Host.CreateAdministratorClient();
    }

    public PlatformHost Host { get; }

    public FakeTimeProvider Time { get; }

    public HttpClient Admin { get; }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    /// <summary>A new user in <paramref name="role"/> and a client acting as them.</summary>
    public async Task<(Guid Id, HttpClient Client)> UserAsync(string name, string role = BuiltInRoles.Employee)
    {
        var id = await Host.CreateUserAsync(name, role);
        return (id, Host.CreateClientAs(TestIdentity.SignedInUser(id, name)));
    }

    public static async Task<Guid> CreateProjectAsync(HttpClient client, string key, string visibility = "Company") =>
        (await client.PostJsonAsync("/api/projects/projects", new { key, name = key, visibility }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<Guid> CreateTaskAsync(HttpClient client, Guid projectId, string title) =>
        (await client.PostJsonAsync($"/api/projects/projects/{projectId}/tasks", new { title }, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> Send(HttpClient client, HttpMethod method, string url, object? body, string? ifMatch, HttpStatusCode expected)
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

        return await (await client.SendAsync(request)).ReadJsonAsync(expected);
    }

    public static string ETag(JsonElement dto) => $"\"{dto.GetProperty("version").GetInt64()}\"";

    /// <summary>The payloads of the events of type <paramref name="type"/> the Projects module wrote, in order.</summary>
    public async Task<List<JsonElement>> EventsAsync(string type)
    {
        await using var scope = ProjectsScope();
        var db = scope.Resolve<ModuleDbContext>();
        var payloads = await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == OutboxMessageKind.Event && m.Type == type)
            .OrderBy(m => m.Sequence)
            .Select(m => m.Payload)
            .ToListAsync();
        return [.. payloads.Select(p => JsonDocument.Parse(p).RootElement.Clone())];
    }

    /// <summary>
    /// Sets a task's estimate straight in the module's database, as the tasks API would: these tests are about what
    /// logged time does to it, not about how it is entered. The module is a plugin, so the property is set by name.
    /// </summary>
    public async Task SetEstimateAsync(Guid taskId, decimal hours)
    {
        await using var scope = ProjectsScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == "ProjectTask").ClrType;
        var task = await db.FindAsync(type, taskId) ?? throw new InvalidOperationException($"No task {taskId}.");
        type.GetProperty("EstimateHours")!.SetValue(task, hours);
        await db.SaveChangesAsync();
    }

    private ILifetimeScope ProjectsScope()
    {
        _ = Host.CreateClient(); // modules loaded
        var module = Host.Services.GetRequiredService<ModuleCatalog>().Find("projects") ?? throw new InvalidOperationException("Projects is not loaded.");
        return module.Scope!.BeginLifetimeScope();
    }
}
