using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Benchmarks.HrDirectory;

/// <summary>
/// Directory search over a company of 10,000 on a real SQLite file: the list endpoint's handler (filter, count,
/// page, skills of the page) with a fresh context per call, as a request gets it. Each search kind runs the given
/// number of times; the baseline in the same run is the unfiltered first page, sorted by name.
/// </summary>
internal sealed class HrDirectoryBenchmark(HrDirectoryOptions options)
{
    private static readonly (string Name, EmployeeFilter Filter)[] Searches =
    [
        ("q=anna (common first name)", new EmployeeFilter { Q = "anna" }),
        ("q=engineer (title word)", new EmployeeFilter { Q = "engineer" }),
        ("q=senior engineer (two words)", new EmployeeFilter { Q = "senior engineer" }),
        ("q=e004711 (employee number)", new EmployeeFilter { Q = "e004711" }),
        ("q=nobody (no match)", new EmployeeFilter { Q = "nobody" }),
        ("skill=kubernetes", new EmployeeFilter { Skill = "kubernetes" }),
    ];

    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var file = Path.Combine(options.WorkDirectory, $"hr-directory-{Guid.NewGuid():N}.db");
        try
        {
            var seedClock = Stopwatch.StartNew();
            Guid division;
            await using (var db = Open(file))
            {
                await db.Database.EnsureCreatedAsync();
                division = await DirectorySeed.SeedAsync(db, options.Employees);
            }

            Console.WriteLine($"seeded {options.Employees} employees in {seedClock.Elapsed.TotalSeconds:F1} s ({file})");
            var searches = Searches.Append(("department (with its teams)", new EmployeeFilter { DepartmentId = division })).ToList();

            // One untimed round warms up EF Core's model and query caches and the SQLite page cache.
            await SearchAsync(file, new EmployeeFilter());
            foreach (var (_, filter) in searches)
            {
                await SearchAsync(file, filter);
            }

            var baseline = new List<double>();
            var perSearch = searches.ToDictionary(s => s.Item1, _ => new List<double>());
            for (var i = 0; i < options.Iterations; i++)
            {
                baseline.Add(await TimeAsync(file, new EmployeeFilter()));
                foreach (var (name, filter) in searches)
                {
                    perSearch[name].Add(await TimeAsync(file, filter));
                }
            }

            var all = perSearch.Values.SelectMany(v => v).ToList();
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}");
            Console.WriteLine($"{"",-36}{"hits",8}{"p50 ms",10}{"p95 ms",10}");
            Print("baseline: first page, no filter", options.Employees, baseline);
            foreach (var (name, filter) in searches)
            {
                Print(name, await SearchAsync(file, filter), perSearch[name]);
            }

            var p95 = Samples.Percentile(all, 0.95);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"all searches: p95 {p95:F1} ms; ratio search p95 / baseline p95: {p95 / Samples.Percentile(baseline, 0.95):F2}; target p95 < 20 ms: {(p95 < 20 ? "met" : "MISSED")}"));
            return p95 < 20 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static HrSqliteDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<HrSqliteDbContext>().UseSqlite($"Data Source={file};Pooling=true").Options);

    private static async Task<double> TimeAsync(string file, EmployeeFilter filter)
    {
        var clock = Stopwatch.StartNew();
        await SearchAsync(file, filter);
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>One search as the list endpoint answers it; returns the total number of hits.</summary>
    private static async Task<long> SearchAsync(string file, EmployeeFilter filter)
    {
        await using var db = Open(file);
        var result = await ListEmployees.Handle(1, 20, null, filter, db, new HrAccess(Reader.Instance, db), CancellationToken.None);
        return result.Result is Ok<PagedResult<EmployeeDto>> ok ? ok.Value!.TotalCount : throw new InvalidOperationException("The search was refused.");
    }

    private static void Print(string name, long hits, List<double> values) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36}{hits,8}{Samples.Percentile(values, 0.5),10:F1}{Samples.Percentile(values, 0.95),10:F1}"));

    /// <summary>A colleague reading the directory: the work directory and nothing else.</summary>
    private sealed class Reader : ICurrentUser
    {
        public static readonly Reader Instance = new();

        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.CreateVersion7();

        public string? ClientId => null;

        public string? DisplayName => "Benchmark reader";

        public string? Email => null;

        public IReadOnlySet<string> Roles { get; } = new HashSet<string>();

        public IReadOnlySet<string> Permissions { get; } = new HashSet<string> { HrPermissions.DirectoryRead };

        public Guid? DepartmentId => null;

        public bool HasPermission(string permission) => Permissions.Contains(permission);
    }
}
