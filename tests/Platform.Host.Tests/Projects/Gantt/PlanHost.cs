using System.Net;
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

namespace Platform.Host.Tests.Projects.Gantt;

/// <summary>
/// A host with the Projects plugin on a fake clock, and a signed-in administrator (no access token, whose lifetime
/// the fake clock would confuse). Plans are written straight into the module's database, as the tasks and
/// dependency endpoints would leave them, so these tests pin their hand-computed dates without depending on how
/// those endpoints reschedule. The module is a plugin the tests do not reference: its entities are found through the
/// model and filled by property name.
/// </summary>
internal sealed class PlanHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database;

    public PlanHost(string provider)
    {
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        Host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, time: Time);
        AdminId = Task.Run(() => Host.CreateUserAsync("plan-admin", BuiltInRoles.Administrator)).GetAwaiter().GetResult();
        Admin = Host.CreateClientAs(TestIdentity.SignedInUser(AdminId));
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public PlatformHost Host { get; }

    public Guid AdminId { get; }

    public HttpClient Admin { get; }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    public async Task<Guid> CreateProjectAsync(string key, string? start = null, string? target = null, string visibility = "Company", HttpClient? client = null)
    {
        var project = await (client ?? Admin).PostJsonAsync("/api/projects/projects", new { key, name = $"{key} project", startDate = start, targetDate = target, visibility }, HttpStatusCode.Created);
        return project.GetProperty("id").GetGuid();
    }

    /// <summary>Adds a task; dates are yyyy-MM-dd, <paramref name="status"/> a key of the default set.</summary>
    public async Task<Guid> AddTaskAsync(
        Guid projectId, int number, string? start = null, string? due = null, int? duration = null, string status = "ToDo", Guid? parentId = null,
        string mode = "Automatic", decimal? estimate = null, decimal? remaining = null, string? created = null, string? completed = null, Guid? milestoneId = null)
    {
        var id = Guid.CreateVersion7();
        await AddAsync("ProjectTask", new Dictionary<string, object?>
        {
            ["Id"] = id, ["ProjectId"] = projectId, ["Number"] = number, ["Title"] = $"Task {number}", ["Status"] = status, ["ParentId"] = parentId,
            ["StartDate"] = Date(start), ["DueDate"] = Date(due), ["DurationDays"] = duration, ["SchedulingMode"] = mode, ["EstimateHours"] = estimate,
            ["RemainingHours"] = remaining, ["MilestoneId"] = milestoneId, ["BoardOrder"] = (double)number,
            ["CreatedAt"] = created is null ? Now : At(created), ["UpdatedAt"] = Now, ["CompletedAt"] = completed is null ? null : At(completed),
        });
        return id;
    }

    public Task AddDependencyAsync(Guid projectId, Guid predecessor, Guid successor, string type = "FinishToStart", int lag = 0) =>
        AddAsync("TaskDependency", new Dictionary<string, object?>
        {
            ["Id"] = Guid.CreateVersion7(), ["ProjectId"] = projectId, ["PredecessorId"] = predecessor, ["SuccessorId"] = successor, ["Type"] = type, ["LagDays"] = lag,
            ["CreatedAt"] = Now,
        });

    public Task AddTimeEntryAsync(Guid projectId, Guid taskId, Guid userId, string date, int minutes, bool billable) =>
        AddAsync("TimeEntry", new Dictionary<string, object?>
        {
            ["Id"] = Guid.CreateVersion7(), ["ProjectId"] = projectId, ["TaskId"] = taskId, ["UserId"] = userId, ["Date"] = Date(date), ["Minutes"] = minutes,
            ["Billable"] = billable, ["CreatedAt"] = Now, ["UpdatedAt"] = Now,
        });

    public Task AddNonWorkingDayAsync(Guid projectId, string date) =>
        AddAsync("ProjectNonWorkingDay", new Dictionary<string, object?> { ["ProjectId"] = projectId, ["Date"] = Date(date), ["Name"] = "Day off" });

    /// <summary>Sets fields of a task, as an edit through the API would leave them.</summary>
    public async Task UpdateTaskAsync(Guid taskId, IReadOnlyDictionary<string, object?> values)
    {
        await using var scope = ModuleScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = EntityType(db, "ProjectTask");
        var task = await db.FindAsync(type, taskId) ?? throw new InvalidOperationException($"No task {taskId}.");
        Fill(type, task, values);
        await db.SaveChangesAsync();
    }

    /// <summary>The integration events the module wrote to its outbox, oldest first: name and payload.</summary>
    public async Task<List<(string Type, JsonElement Payload)>> EventsAsync()
    {
        await using var scope = ModuleScope();
        var db = scope.Resolve<ModuleDbContext>();
        var rows = await db.Outbox.AsNoTracking().Where(m => m.Kind == OutboxMessageKind.Event).OrderBy(m => m.Sequence).Select(m => new { m.Type, m.Payload }).ToListAsync();
        return [.. rows.Select(r => (r.Type, JsonDocument.Parse(r.Payload).RootElement.Clone()))];
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? ifMatch, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await (client ?? Admin).SendAsync(request);
    }

    public static DateOnly? Date(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset At(string date) => new(Date(date)!.Value, new TimeOnly(12, 0), TimeSpan.Zero);

    private async Task AddAsync(string entity, IReadOnlyDictionary<string, object?> values)
    {
        await using var scope = ModuleScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = EntityType(db, entity);
        var record = Activator.CreateInstance(type)!;
        Fill(type, record, values);
        db.Add(record);
        await db.SaveChangesAsync();
    }

    private static Type EntityType(ModuleDbContext db, string name) => db.Model.GetEntityTypes().Single(t => t.ClrType.Name == name).ClrType;

    private static void Fill(Type type, object record, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            var property = type.GetProperty(name) ?? throw new InvalidOperationException($"{type.Name} has no property {name}.");
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(record, value is string text && target.IsEnum ? Enum.Parse(target, text) : value);
        }
    }

    private ILifetimeScope ModuleScope()
    {
        _ = Host.CreateClient(); // modules loaded
        var module = Host.Services.GetRequiredService<ModuleCatalog>().Find("projects") ?? throw new InvalidOperationException("The Projects module is not loaded.");
        return module.Scope!.BeginLifetimeScope();
    }
}
