using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Events;

/// <summary>Events published by Projects reach the listener module: once, with retries, dead letters and replay.</summary>
public sealed class EventDeliveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly PluginFolder _plugins;

    public EventDeliveryTests()
    {
        _plugins = new PluginFolder(_temp.Combine("plugins"))
            .Add(TestPaths.FirstPartyPlugin("projects"))
            .Add(TestPaths.FixturePlugin("listener"));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_published_event_is_delivered_once_with_its_correlation_id(string provider)
    {
        using var database = TestDatabase.Create(provider);
        using var host = new PlatformHost(_plugins.Path, _temp.Combine("data"), database);
        var client = host.CreateAdministratorClient();

        var project = await client.PostJsonAsync("/api/projects/projects", new { key = "EVT", name = "Events" }, HttpStatusCode.Created);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/projects/projects/{project.GetProperty("id")}/tasks")
        {
            Content = JsonContent(new { title = "Ship it" }),
        };
        request.Headers.Add("X-Correlation-Id", "corr-123");
        var task = await (await client.SendAsync(request)).ReadJsonAsync(HttpStatusCode.Created);

        var received = await HttpAssertions.EventuallyAsync(
            () => client.GetJsonAsync("/api/listener/received"), r => r.GetArrayLength() == 1, because: "the task-created event reaches the listener");
        var only = received[0];
        Assert.Equal(task.GetProperty("id").GetGuid(), only.GetProperty("taskId").GetGuid());
        Assert.Equal("Ship it", only.GetProperty("title").GetString());
        Assert.Equal("corr-123", only.GetProperty("correlationId").GetString());
        Assert.Equal(1, only.GetProperty("attempt").GetInt32());

        var types = await client.GetJsonAsync("/api/platform/events/types");
        var taskCreated = types.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "projects.task-created.v1");
        Assert.Equal("projects", taskCreated.GetProperty("module").GetString());
        Assert.Contains("listener/TaskCreatedHandler", taskCreated.GetProperty("consumers").EnumerateArray().Select(c => c.GetString()));
        Assert.True(taskCreated.GetProperty("schema").GetProperty("properties").TryGetProperty("title", out _));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_handler_is_retried_with_exponential_backoff(string provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        using var database = TestDatabase.Create(provider);
        using var host = new PlatformHost(_plugins.Path, _temp.Combine("data"), database, new Dictionary<string, string?>
        {
            ["Modules:listener:FailFirst"] = "2",
            ["Platform:Events:InitialBackoff"] = "00:00:10",
            ["Platform:Events:PollInterval"] = "00:00:01",
        }, time);
        var client = host.CreateAdministratorClient();
        await CreateTaskAsync(client, "RET", "Retry me");

        // Attempt 1 fails at once; the retry is due 10 s later (fake time), attempt 2 after 20 s more.
        await WaitForDeliveryAttemptsAsync(host, 1);
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(0, (await client.GetJsonAsync("/api/listener/received")).GetArrayLength());
        time.Advance(TimeSpan.FromSeconds(1));
        await WaitForDeliveryAttemptsAsync(host, 2);
        time.Advance(TimeSpan.FromSeconds(20));

        var received = await HttpAssertions.EventuallyAsync(
            () =>
            {
                WakeDispatcher(host);
                return client.GetJsonAsync("/api/listener/received");
            },
            r => r.GetArrayLength() == 1, because: "the third attempt succeeds");
        Assert.Equal(3, received[0].GetProperty("attempt").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_poison_event_is_dead_lettered_and_can_be_replayed_once_the_consumer_is_fixed(string provider)
    {
        var flag = _temp.Combine("poison.flag");
        File.WriteAllText(flag, "refuse");
        using var database = TestDatabase.Create(provider);
        using var host = new PlatformHost(_plugins.Path, _temp.Combine("data"), database, new Dictionary<string, string?>
        {
            ["Modules:listener:PoisonFlag"] = flag,
            ["Platform:Events:MaxAttempts"] = "3",
            ["Platform:Events:InitialBackoff"] = "00:00:00.050",
        });
        var client = host.CreateAdministratorClient();
        await CreateTaskAsync(client, "DLQ", "poison");

        var deadLetters = await HttpAssertions.EventuallyAsync(
            () => client.GetJsonAsync("/api/platform/events/dead-letters"), d => d.GetProperty("totalCount").GetInt64() == 1,
            because: "three failed attempts park the delivery");
        var item = deadLetters.GetProperty("items")[0];
        Assert.Equal(3, item.GetProperty("attempts").GetInt32());
        Assert.Equal("projects.task-created.v1", item.GetProperty("eventName").GetString());
        Assert.Contains("listener refuses 'poison'", item.GetProperty("lastError").GetString());
        Assert.Equal(0, (await client.GetJsonAsync("/api/listener/received")).GetArrayLength());

        File.Delete(flag);
        var replay = await client.PostAsync($"/api/platform/events/dead-letters/{item.GetProperty("id")}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await HttpAssertions.EventuallyAsync(
            () => client.GetJsonAsync("/api/listener/received"), r => r.GetArrayLength() == 1, because: "the replayed delivery succeeds");
        Assert.Equal(0, (await client.GetJsonAsync("/api/platform/events/dead-letters")).GetProperty("totalCount").GetInt64());

        var again = await client.PostAsync($"/api/platform/events/dead-letters/{item.GetProperty("id")}/replay", null);
        await again.ReadJsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Events_for_a_consumer_that_faulted_after_registering_wait_in_the_dead_letter_list()
    {
        using var database = TestDatabase.Create("sqlite");
        using var host = new PlatformHost(_plugins.Path, _temp.Combine("data"), database, new Dictionary<string, string?>
        {
            ["Modules:listener:FailStart"] = "true",
            ["Platform:Events:MaxAttempts"] = "2",
            ["Platform:Events:InitialBackoff"] = "00:00:00.050",
        });
        var client = host.CreateAdministratorClient();
        Assert.Equal("Faulted", (await client.GetJsonAsync("/api/platform/modules")).ModuleById("listener").GetProperty("state").GetString());
        await CreateTaskAsync(client, "OFF", "while the listener is down");

        var deadLetters = await HttpAssertions.EventuallyAsync(
            () => client.GetJsonAsync("/api/platform/events/dead-letters"), d => d.GetProperty("totalCount").GetInt64() == 1,
            because: "the event is kept for the faulted consumer, not dropped");
        var item = deadLetters.GetProperty("items")[0];
        Assert.Equal("listener/TaskCreatedHandler", item.GetProperty("consumer").GetString());
        Assert.Contains("is not running", item.GetProperty("lastError").GetString());
    }

    private static async Task CreateTaskAsync(HttpClient client, string key, string title)
    {
        var project = await client.PostJsonAsync("/api/projects/projects", new { key, name = key }, HttpStatusCode.Created);
        await client.PostJsonAsync($"/api/projects/projects/{project.GetProperty("id")}/tasks", new { title }, HttpStatusCode.Created);
    }

    /// <summary>Waits until the n-th attempt has failed and its retry is scheduled.</summary>
    private static async Task WaitForDeliveryAttemptsAsync(PlatformHost host, int attempts)
    {
        var contexts = host.Services.GetService(typeof(Platform.Host.Kernel.Persistence.PlatformDbContextFactory)) as Platform.Host.Kernel.Persistence.PlatformDbContextFactory;
        await HttpAssertions.EventuallyAsync(async () =>
        {
            WakeDispatcher(host);
            await using var platform = contexts!.Create();
            // The listener's delivery only: the Projects module records its own events in its timeline too.
            return platform.Deliveries.Where(d => d.Consumer.StartsWith("listener/")).Select(d => new { d.Attempts, d.LastError }).SingleOrDefault();
        }, d => d is not null && d.Attempts == attempts && d.LastError != null, because: $"delivery attempt {attempts} failed and is rescheduled");
    }

    /// <summary>
    /// On the fake clock the dispatcher's poll interval passes only when the test moves time, so a pass that failed (a
    /// connection reset, say) or that read the clock just before a move would wait forever. Waking it runs another pass
    /// at the current fake time: nothing falls due early, and nothing due is missed.
    /// </summary>
    private static void WakeDispatcher(PlatformHost host) =>
        ((Platform.Host.Kernel.Events.OutboxSignal)host.Services.GetService(typeof(Platform.Host.Kernel.Events.OutboxSignal))!).Wake();

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, HttpAssertions.Json), System.Text.Encoding.UTF8, "application/json");
}
