using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Benchmarks.Startup;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Benchmarks.ProjectsGantt;

/// <summary>
/// The Gantt endpoint over real HTTP: the host started as an operator starts it (Release, Kestrel on loopback, the
/// first-party plugins, SQLite), a project seeded with the requested plan straight into its database, then GET gantt
/// of a window in the middle of the plan and of the whole plan, one request at a time, each timed from send to
/// the last byte read. Baseline in the same run and the same host: GET of the project by id (authentication,
/// scoping, one row). Target: p95 of the window under 150 ms.
/// </summary>
internal sealed class ProjectsGanttBenchmark(RepoLayout layout, ProjectsGanttOptions options)
{
    private const double TargetMs = 150;
    private const int WarmUp = 20;

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(60) };

    public async Task<int> RunAsync()
    {
        var data = Directory.CreateDirectory(Path.Combine(options.WorkDirectory, $"projects-gantt-{Guid.NewGuid():N}")).FullName;
        try
        {
            string[] arguments = [$"--Platform:Plugins:Paths:0={layout.FirstPartyPlugins}", $"--Platform:DataDirectory={data}", "--Platform:Identity:RequireHttps=false"];
            await using var host = await StartedProcess.StartAsync(layout.HostDll, arguments, _http);
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HostClients.AccessTokenAsync(layout, host, _http, arguments, "gantt-bench", "projects.read", "projects.write"));
            var projectId = await CreateProjectAsync(host);

            var seedClock = Stopwatch.StartNew();
            (DateOnly Start, DateOnly Finish) span;
            await using (var db = Open(Path.Combine(data, "projects.db")))
            {
                span = await GanttSeed.SeedAsync(db, projectId, options);
                await WaitForQuietOutboxAsync(db);
            }

            Console.WriteLine($"seeded {options.Tasks} tasks, {options.Dependencies} dependencies, {options.Milestones} milestones in {seedClock.Elapsed.TotalSeconds:F1} s; plan {span.Start:yyyy-MM-dd} to {span.Finish:yyyy-MM-dd}");
            var middle = span.Start.AddDays((span.Finish.DayNumber - span.Start.DayNumber) / 2);
            var window = new Uri(host.BaseAddress, $"api/projects/projects/{projectId}/gantt?from={middle:yyyy-MM-dd}&to={middle.AddDays(options.WindowDays - 1):yyyy-MM-dd}");
            var whole = new Uri(host.BaseAddress, $"api/projects/projects/{projectId}/gantt?from={span.Start:yyyy-MM-dd}&to={span.Finish:yyyy-MM-dd}");
            var baseline = new Uri(host.BaseAddress, $"api/projects/projects/{projectId}");

            var (windowTasks, windowBytes) = await DescribeAsync(window);
            var (wholeTasks, wholeBytes) = await DescribeAsync(whole);
            for (var i = 0; i < WarmUp; i++)
            {
                await TimeAsync(baseline);
                await TimeAsync(window);
                await TimeAsync(whole);
            }

            // Interleaved, so that load on the machine falls on all three alike.
            var samples = (Baseline: new List<double>(), Window: new List<double>(), Whole: new List<double>());
            for (var i = 0; i < options.Iterations; i++)
            {
                samples.Baseline.Add(await TimeAsync(baseline));
                samples.Window.Add(await TimeAsync(window));
                samples.Whole.Add(await TimeAsync(whole));
            }

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}; {options.Iterations} requests each after {WarmUp} warm-up rounds");
            Console.WriteLine($"{"",-44}{"tasks",8}{"KiB",8}{"p50 ms",10}{"p95 ms",10}{"ratio p95",11}");
            var baseP95 = Samples.Percentile(samples.Baseline, 0.95);
            Print("baseline: GET project by id", null, null, samples.Baseline, baseP95);
            Print($"gantt, {options.WindowDays}-day window mid-plan", windowTasks, windowBytes, samples.Window, baseP95);
            Print("gantt, whole plan", wholeTasks, wholeBytes, samples.Whole, baseP95);
            var p95 = Samples.Percentile(samples.Window, 0.95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"target p95 < {TargetMs} ms for the window: {(p95 < TargetMs ? "met" : "MISSED")} ({p95:F1} ms); whole plan p95 {Samples.Percentile(samples.Whole, 0.95):F1} ms"));
            return p95 < TargetMs ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static ProjectsSqliteDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<ProjectsSqliteDbContext>().UseSqlite($"Data Source={file};Pooling=true").Options);

    /// <summary>The host's dispatcher may have picked up seed rows before they were deleted; measure once it is idle.</summary>
    private static async Task WaitForQuietOutboxAsync(ProjectsDbContext db)
    {
        var deadline = Stopwatch.StartNew();
        while (await db.Outbox.AnyAsync(m => m.DispatchedAt == null && m.Kind == OutboxMessageKind.Audit) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
        }
    }

    private async Task<Guid> CreateProjectAsync(StartedProcess host)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(host.BaseAddress, "api/projects/projects"), new { key = "GANTT", name = "Gantt benchmark" });
        using var body = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private async Task<(int Tasks, int Bytes)> DescribeAsync(Uri url)
    {
        var bytes = await _http.GetByteArrayAsync(url);
        using var body = JsonDocument.Parse(bytes);
        return (body.RootElement.GetProperty("tasks").GetArrayLength(), bytes.Length);
    }

    private async Task<double> TimeAsync(Uri url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void Print(string name, int? tasks, int? bytes, List<double> values, double baselineP95) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44}{tasks?.ToString(CultureInfo.InvariantCulture) ?? "",8}{(bytes is null ? "" : (bytes.Value / 1024).ToString(CultureInfo.InvariantCulture)),8}{Samples.Percentile(values, 0.5),10:F1}{Samples.Percentile(values, 0.95),10:F1}{Samples.Percentile(values, 0.95) / baselineP95,11:F1}"));
}
