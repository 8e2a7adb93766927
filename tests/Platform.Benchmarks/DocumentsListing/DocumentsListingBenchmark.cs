using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Benchmarks.Startup;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Benchmarks.DocumentsListing;

/// <summary>
/// A folder listing over real HTTP: the host started as an operator starts it (Release, Kestrel on loopback, the
/// first-party plugins, SQLite or with --postgres PostgreSQL), one folder of the company space seeded with the
/// requested documents straight into its database, then GET of its children — first page, a page in the middle under
/// each sort, and filtered by type and by tag — one request at a time, each timed from send to the last byte read.
/// Baseline in the same run and host: GET spaces (authentication, the caller's access tree, a handful of rows). Target:
/// every listing's p95 under 30 ms.
/// </summary>
internal sealed class DocumentsListingBenchmark(RepoLayout layout, DocumentsListingOptions options)
{
    private const double TargetMs = 30;
    private const int WarmUp = 20;

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<int> RunAsync()
    {
        var data = Directory.CreateDirectory(Path.Combine(options.WorkDirectory, $"documents-listing-{Guid.NewGuid():N}")).FullName;
        await using var postgres = options.Postgres is { } server ? await PostgresDatabase.CreateAsync(server, keep: false) : null;
        try
        {
            string[] arguments = [$"--Platform:Plugins:Paths:0={layout.FirstPartyPlugins}", $"--Platform:DataDirectory={data}", "--Platform:Identity:RequireHttps=false", .. postgres?.HostArguments ?? []];
            await using var host = await StartedProcess.StartAsync(layout.HostDll, arguments, _http);
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HostClients.AccessTokenAsync(layout, host, _http, arguments, "listing-bench", "documents.read"));

            var seedClock = Stopwatch.StartNew();
            Guid folderId;
            await using (var db = postgres?.Open() ?? Open(Path.Combine(data, "documents.db")))
            {
                folderId = await ListingSeed.SeedAsync(db, options.Documents);
                await WaitForQuietOutboxAsync(db);
            }

            Console.WriteLine($"seeded one folder with {options.Documents} documents and 12 subfolders in {seedClock.Elapsed.TotalSeconds:F1} s");
            var middle = (options.Documents / options.PageSize) / 2;
            var children = $"api/documents/folders/{folderId}/children?pageSize={options.PageSize}";
            (string Name, Uri Url)[] listings =
            [
                ("children, page 1 by name", new Uri(host.BaseAddress, $"{children}&page=1")),
                ($"children, page {middle} by name", new Uri(host.BaseAddress, $"{children}&page={middle}")),
                ($"children, page {middle} by -updatedAt", new Uri(host.BaseAddress, $"{children}&page={middle}&sort=-updatedAt")),
                ($"children, page {middle} by length", new Uri(host.BaseAddress, $"{children}&page={middle}&sort=length")),
                ($"children, page {middle} by type", new Uri(host.BaseAddress, $"{children}&page={middle}&sort=type")),
                ("children, type=application/pdf, page 10", new Uri(host.BaseAddress, $"{children}&page=10&type=application/pdf")),
                ("children, tag=invoice, page 5", new Uri(host.BaseAddress, $"{children}&page=5&tag=invoice")),
            ];
            var baseline = new Uri(host.BaseAddress, "api/documents/spaces");

            var shapes = new List<(int Items, long Total, int Bytes)>();
            foreach (var (_, url) in listings)
            {
                shapes.Add(await DescribeAsync(url));
            }

            for (var i = 0; i < WarmUp; i++)
            {
                await TimeAsync(baseline);
                foreach (var (_, url) in listings)
                {
                    await TimeAsync(url);
                }
            }

            // Interleaved, so that load on the machine falls on all of them alike.
            var baselineSamples = new List<double>();
            var samples = listings.Select(_ => new List<double>()).ToArray();
            for (var i = 0; i < options.Iterations; i++)
            {
                baselineSamples.Add(await TimeAsync(baseline));
                for (var l = 0; l < listings.Length; l++)
                {
                    samples[l].Add(await TimeAsync(listings[l].Url));
                }
            }

            Console.WriteLine($"database: {(postgres is null ? "SQLite" : "PostgreSQL")}; machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}; {options.Iterations} requests each after {WarmUp} warm-up rounds");
            Console.WriteLine($"{"",-44}{"items",7}{"total",8}{"KiB",6}{"p50 ms",10}{"p95 ms",10}{"ratio p95",11}");
            var baseP95 = Samples.Percentile(baselineSamples, 0.95);
            Print("baseline: GET spaces", null, null, null, baselineSamples, baseP95);
            for (var l = 0; l < listings.Length; l++)
            {
                Print(listings[l].Name, shapes[l].Items, shapes[l].Total, shapes[l].Bytes, samples[l], baseP95);
            }

            var worst = samples.Max(s => Samples.Percentile(s, 0.95));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target p95 < {TargetMs} ms for every listing: {(worst < TargetMs ? "met" : "MISSED")} (worst {worst:F1} ms)"));
            return worst < TargetMs ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static DocumentsDbContext Open(string file) =>
        new DocumentsSqliteDbContext(new DbContextOptionsBuilder<DocumentsSqliteDbContext>().UseSqlite($"Data Source={file};Pooling=true").Options);

    /// <summary>The host's dispatcher relays the seed's audit rows; measure once it is idle.</summary>
    private static async Task WaitForQuietOutboxAsync(DocumentsDbContext db)
    {
        var deadline = Stopwatch.StartNew();
        while (await db.Outbox.AnyAsync(m => m.DispatchedAt == null && m.Kind == OutboxMessageKind.Audit) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
        }
    }

    private async Task<(int Items, long Total, int Bytes)> DescribeAsync(Uri url)
    {
        var bytes = await _http.GetByteArrayAsync(url);
        using var body = JsonDocument.Parse(bytes);
        return (body.RootElement.GetProperty("items").GetArrayLength(), body.RootElement.GetProperty("totalCount").GetInt64(), bytes.Length);
    }

    private async Task<double> TimeAsync(Uri url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Print(string name, int? items, long? total, int? bytes, List<double> values, double baselineP95) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44}{items?.ToString(CultureInfo.InvariantCulture) ?? "",7}{total?.ToString(CultureInfo.InvariantCulture) ?? "",8}{(bytes is null ? "" : (bytes.Value / 1024).ToString(CultureInfo.InvariantCulture)),6}{Samples.Percentile(values, 0.5),10:F1}{Samples.Percentile(values, 0.95),10:F1}{Samples.Percentile(values, 0.95) / baselineP95,11:F1}"));
}
