using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Projects.Tasks;

/// <summary>Status sets, the board, card moves with WIP limits, and moves under twenty concurrent clients.</summary>
public sealed class BoardTests : IDisposable
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
    public async Task Status_sets_are_replaced_with_if_match_and_tasks_of_removed_statuses_move_only_when_told(string provider)
    {
        var admin = Start(provider);
        var project = await admin.CreateProjectAsync("STS");
        var url = $"/api/projects/projects/{project}/statuses";
        var read = await admin.GetAsync(url);
        var set = await read.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["ToDo", "InProgress", "Done"], set.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        var etag = read.Headers.ETag!.Tag;
        await admin.CreateTaskAsync(project, new { title = "Working", status = "InProgress" });

        var wanted = new
        {
            statuses = new object[]
            {
                new { key = "Backlog", name = "Backlog", category = "ToDo" }, new { key = "ToDo", name = "To do", category = "ToDo" },
                new { key = "Review", name = "Review", category = "InProgress", wipLimit = 2 }, new { key = "Done", name = "Done", category = "Done" },
            },
        };
        await (await admin.SendAsync(HttpMethod.Put, url, wanted, null)).ReadJsonAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.SendAsync(HttpMethod.Put, url, wanted, "\"stale\"")).ReadJsonAsync(HttpStatusCode.PreconditionFailed);
        var inUse = await (await admin.SendAsync(HttpMethod.Put, url, wanted, etag)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'InProgress' still holds 1 task", inUse.FieldErrors("statuses"));
        var noDone = await (await admin.SendAsync(HttpMethod.Put, url, new { statuses = new[] { new { key = "A", name = "A", category = "ToDo" } } }, etag)).ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Done", noDone.FieldErrors("statuses"));

        var replaced = await admin.SendAsync(HttpMethod.Put, url, new { wanted.statuses, moveTo = "Review" }, etag);
        var after = await replaced.ReadJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(etag, replaced.Headers.ETag!.Tag);
        Assert.Equal([("Backlog", 0), ("ToDo", 0), ("Review", 1), ("Done", 0)], after.GetProperty("statuses").EnumerateArray()
            .Select(s => (s.GetProperty("key").GetString(), s.GetProperty("taskCount").GetInt32())));
        var tasks = await admin.GetJsonAsync($"/api/projects/projects/{project}/tasks?status=Review");
        Assert.Equal(["Working"], tasks.Titles());
        Assert.Contains(await _host!.ProjectEventsAsync(), e => e.Type == "projects.task-status-changed.v1" && e.Payload.GetProperty("toStatus").GetString() == "Review");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cards_move_between_and_within_columns_and_a_full_column_refuses_more(string provider)
    {
        var admin = Start(provider);
        var project = await admin.CreateProjectAsync("BRD");
        await SetLimitAsync(admin, project, 2);
        var a = await admin.CreateTaskAsync(project, new { title = "a" });
        var b = await admin.CreateTaskAsync(project, new { title = "b" });
        var c = await admin.CreateTaskAsync(project, new { title = "c" });
        Assert.Equal(["a", "b", "c"], await CardsAsync(admin, project, "ToDo"));

        // Within a column: c to the top, then a right after c.
        var movedC = await MoveAsync(admin, c, new { status = "ToDo", index = 0 }, HttpStatusCode.OK);
        await MoveAsync(admin, a, new { status = "ToDo", afterTaskId = c.GetProperty("id").GetGuid() }, HttpStatusCode.OK);
        Assert.Equal(["c", "a", "b"], await CardsAsync(admin, project, "ToDo"));

        // Into InProgress (WIP limit 2): two fit, the third is a 400 naming the column and its limit.
        await MoveAsync(admin, b, new { status = "InProgress" }, HttpStatusCode.OK);
        await MoveAsync(admin, movedC, new { status = "InProgress", beforeTaskId = b.GetProperty("id").GetGuid() }, HttpStatusCode.OK);
        var current = await admin.GetJsonAsync($"/api/projects/tasks/{a.GetProperty("id")}");
        var full = await MoveAsync(admin, current, new { status = "InProgress" }, HttpStatusCode.BadRequest);
        Assert.Contains("In progress", full.FieldErrors("status"));
        Assert.Contains("WIP limit is 2", full.FieldErrors("status"));
        Assert.Equal(["c", "b"], await CardsAsync(admin, project, "InProgress"));

        // Stale card versions are a 412; unknown columns and neighbours are 400s.
        await MoveAsync(admin, a, new { status = "Done" }, HttpStatusCode.PreconditionFailed);
        await MoveAsync(admin, current, new { status = "Nope" }, HttpStatusCode.BadRequest);
        await MoveAsync(admin, current, new { status = "Done", afterTaskId = b.GetProperty("id").GetGuid() }, HttpStatusCode.BadRequest);
        var done = await MoveAsync(admin, current, new { status = "Done" }, HttpStatusCode.OK);
        Assert.Equal(100, done.GetProperty("progress").GetInt32());
        var board = await admin.GetJsonAsync($"/api/projects/projects/{project}/board");
        Assert.Equal([("ToDo", 0), ("InProgress", 2), ("Done", 1)], board.GetProperty("columns").EnumerateArray()
            .Select(col => (col.GetProperty("key").GetString(), col.GetProperty("count").GetInt32())));
        Assert.Equal(2, board.GetProperty("columns")[1].GetProperty("wipLimit").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Twenty_concurrent_clients_moving_cards_lose_nothing(string provider)
    {
        var admin = Start(provider);
        var project = await admin.CreateProjectAsync("RACE");
        var cards = new List<JsonElement>();
        for (var i = 0; i < 20; i++)
        {
            cards.Add(await admin.CreateTaskAsync(project, new { title = $"card {i:00}" }));
        }

        // Round 1: twenty clients move twenty different cards to the top of InProgress at once. Each lands (or gets
        // 412); the column then holds exactly the landed cards, each written once, with distinct orders.
        var clients = Enumerable.Range(0, 20).Select(_ => _host!.CreateAdministratorClient()).ToList();
        var results = await Task.WhenAll(cards.Select((card, i) =>
            clients[i].SendAsync(HttpMethod.Post, $"/api/projects/tasks/{card.GetProperty("id")}/move", new { status = "InProgress", index = 0 }, card.ETag())));
        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.PreconditionFailed, $"{(int)r.StatusCode}"));
        var landed = cards.Where((_, i) => results[i].StatusCode == HttpStatusCode.OK).Select(c => c.GetProperty("title").GetString()).ToHashSet();
        Assert.NotEmpty(landed);
        var board = await admin.GetJsonAsync($"/api/projects/projects/{project}/board");
        var inProgress = board.GetProperty("columns")[1].GetProperty("cards").EnumerateArray().ToList();
        Assert.Equal(landed.Order(), inProgress.Select(c => c.GetProperty("title").GetString()).Order());
        Assert.Equal(inProgress.Count, inProgress.Select(c => c.GetProperty("boardOrder").GetDouble()).Distinct().Count());
        Assert.All(inProgress, c => Assert.Equal(1, c.GetProperty("version").GetInt64()));
        Assert.Equal(20 - landed.Count, board.GetProperty("columns")[0].GetProperty("count").GetInt32());

        // Round 2: twenty clients move the same card with the same ETag: exactly one lands.
        var target = inProgress[0];
        var same = await Task.WhenAll(clients.Select((client, i) =>
            client.SendAsync(HttpMethod.Post, $"/api/projects/tasks/{target.GetProperty("id")}/move", new { status = i % 2 == 0 ? "Done" : "ToDo" }, target.ETag())));
        Assert.Equal(1, same.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, same.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var winner = await same.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJsonAsync(HttpStatusCode.OK);
        var stored = await admin.GetJsonAsync($"/api/projects/tasks/{target.GetProperty("id")}");
        Assert.Equal(winner.GetProperty("status").GetString(), stored.GetProperty("status").GetString());
        Assert.Equal(2, stored.GetProperty("version").GetInt64());

        // Round 3: with a WIP limit of 3 and clients retrying their 412s, exactly three cards enter; the rest get the WIP 400.
        await SetLimitAsync(admin, project, 3, column: "Done");
        var outcomes = await Task.WhenAll(cards.Select((card, i) => MoveWithRetriesAsync(clients[i], card.GetProperty("id").GetGuid(), "Done")));
        var finalBoard = await admin.GetJsonAsync($"/api/projects/projects/{project}/board");
        Assert.Equal(3, finalBoard.GetProperty("columns")[2].GetProperty("count").GetInt32());
        Assert.Equal(3, outcomes.Count(o => o == HttpStatusCode.OK)); // a card already in Done stays there: a move within the column
        Assert.Equal(17, outcomes.Count(o => o == HttpStatusCode.BadRequest));
        Assert.Equal(20, finalBoard.GetProperty("columns").EnumerateArray().Sum(col => col.GetProperty("count").GetInt32()));
    }

    private static async Task<HttpStatusCode> MoveWithRetriesAsync(HttpClient client, Guid id, string status)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var current = await client.GetJsonAsync($"/api/projects/tasks/{id}");
            var response = await client.SendAsync(HttpMethod.Post, $"/api/projects/tasks/{id}/move", new { status }, current.ETag());
            if (response.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                return response.StatusCode;
            }
        }

        return HttpStatusCode.PreconditionFailed;
    }

    private static async Task SetLimitAsync(HttpClient admin, Guid project, int limit, string column = "InProgress")
    {
        var url = $"/api/projects/projects/{project}/statuses";
        var read = await admin.GetAsync(url);
        var set = await read.ReadJsonAsync(HttpStatusCode.OK);
        var statuses = set.GetProperty("statuses").EnumerateArray().Select(s => new
        {
            key = s.GetProperty("key").GetString(), name = s.GetProperty("name").GetString(), category = s.GetProperty("category").GetString(),
            wipLimit = s.GetProperty("key").GetString() == column ? limit : (int?)null,
        }).ToList();
        await (await admin.SendAsync(HttpMethod.Put, url, new { statuses }, read.Headers.ETag!.Tag)).ReadJsonAsync(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> MoveAsync(HttpClient http, JsonElement task, object body, HttpStatusCode expected) =>
        await (await http.SendAsync(HttpMethod.Post, $"/api/projects/tasks/{task.GetProperty("id")}/move", body, task.ETag())).ReadJsonAsync(expected);

    private static async Task<List<string?>> CardsAsync(HttpClient http, Guid project, string column)
    {
        var board = await http.GetJsonAsync($"/api/projects/projects/{project}/board");
        var match = board.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("key").GetString() == column);
        return [.. match.GetProperty("cards").EnumerateArray().Select(c => c.GetProperty("title").GetString())];
    }
}
