using System.Net;
using Microsoft.Data.Sqlite;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Events;

/// <summary>
/// kill -9 between the commit and the delivery of events, and again in the middle of delivering them:
/// after a restart every event reaches its consumer exactly once.
/// </summary>
public sealed class OutboxCrashTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Events_committed_before_a_hard_kill_are_delivered_exactly_once_after_restart(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins"))
            .Add(TestPaths.FirstPartyPlugin("projects"))
            .Add(TestPaths.FixturePlugin("listener"));
        var data = _temp.Combine("data");
        string[] Args(bool dispatch) =>
        [
            $"--Platform:Plugins:Paths:0={plugins.Path}",
            $"--Platform:DataDirectory={data}",
            $"--Platform:Events:DispatchEnabled={dispatch}",
            "--Platform:Events:PollInterval=00:00:00.100",
            "--Platform:Events:DeliveryLease=00:00:01", // an attempt cut off by the kill is retried a second later
            .. database.Settings().Select(s => $"--{s.Key}={s.Value}"),
        ];
        var expected = new HashSet<Guid>();
        var client = await HostProcess.RegisterClientAsync(Args(dispatch: false), "projects.read", "projects.write", "listener.read");

        // 1. Commits land in the outbox, nothing is dispatched, then the process dies.
        using (var first = await HostProcess.StartAsync(Args(dispatch: false)))
        {
            await first.AuthorizeAsync(client);
            var project = await first.Client.PostJsonAsync("/api/projects/projects", new { key = "KIL", name = "Killed" }, HttpStatusCode.Created);
            for (var i = 0; i < 20; i++)
            {
                var task = await first.Client.PostJsonAsync($"/api/projects/projects/{project.GetProperty("id")}/tasks", new { title = $"before-{i}" }, HttpStatusCode.Created);
                expected.Add(task.GetProperty("id").GetGuid());
            }

            first.KillHard();
        }

        // 2. Dispatch runs and the process dies again part-way through delivering.
        using (var second = await HostProcess.StartAsync(Args(dispatch: true)))
        {
            await second.AuthorizeAsync(client);
            var project = await second.Client.PostJsonAsync("/api/projects/projects", new { key = "MID", name = "Mid-flight" }, HttpStatusCode.Created);
            for (var i = 0; i < 30; i++)
            {
                var task = await second.Client.PostJsonAsync($"/api/projects/projects/{project.GetProperty("id")}/tasks", new { title = $"during-{i}" }, HttpStatusCode.Created);
                expected.Add(task.GetProperty("id").GetGuid());
            }

            await HttpAssertions.EventuallyAsync(() => second.Client.GetJsonAsync("/api/listener/received"), r => r.GetArrayLength() > 0, because: "delivery has begun");
            second.KillHard();
        }

        // 3. After the restart everything arrives, once.
        using var third = await HostProcess.StartAsync(Args(dispatch: true));
        await third.AuthorizeAsync(client);
        var received = await HttpAssertions.EventuallyAsync(
            () => third.Client.GetJsonAsync("/api/listener/received"), r => r.GetArrayLength() >= expected.Count, TimeSpan.FromSeconds(60),
            because: "every committed task event is delivered after the restart");
        await HttpAssertions.EventuallyAsync(() => Task.FromResult(PendingDeliveries(database, data)), pending => pending == 0, because: "no delivery is left to retry");

        received = await third.Client.GetJsonAsync("/api/listener/received");
        var taskIds = received.EnumerateArray().Select(r => r.GetProperty("taskId").GetGuid()).ToList();
        Assert.Equal(expected.Count, taskIds.Count);
        Assert.Equal(expected.OrderBy(x => x), taskIds.OrderBy(x => x));
        Assert.Equal(taskIds.Count, received.EnumerateArray().Select(r => r.GetProperty("eventId").GetGuid()).Distinct().Count());
    }

    /// <summary>Deliveries not yet delivered, read straight from the platform store of either provider.</summary>
    private static long PendingDeliveries(TestDatabase database, string data)
    {
        using System.Data.Common.DbConnection connection = database.Provider == "sqlite"
            ? new SqliteConnection($"Data Source={Path.Combine(data, "platform.db")};Mode=ReadOnly;Pooling=False")
            : new Npgsql.NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = database.Provider == "sqlite"
            ? "SELECT COUNT(*) FROM event_deliveries WHERE \"Status\" <> 1"
            : "SELECT COUNT(*) FROM platform.event_deliveries WHERE \"Status\" <> 1";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
