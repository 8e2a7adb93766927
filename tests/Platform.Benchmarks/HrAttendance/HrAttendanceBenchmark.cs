using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;

namespace Platform.Benchmarks.HrAttendance;

/// <summary>
/// Monthly attendance for a whole company, end to end on a real SQLite file: load the employees, then the query the
/// attendance endpoints run (schedules, locations, holidays, approved leave, a month of clockings) and the computation
/// of every employee's every day. The baseline in the same run reads the same rows without computing anything, so the
/// ratio shows what the rules cost on top of the reads.
/// </summary>
internal sealed class HrAttendanceBenchmark(HrAttendanceOptions options)
{
    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(options.WorkDirectory);
        var file = Path.Combine(options.WorkDirectory, $"hr-attendance-{Guid.NewGuid():N}.db");
        try
        {
            var seedClock = Stopwatch.StartNew();
            int entries;
            await using (var db = Open(file))
            {
                await db.Database.EnsureCreatedAsync();
                entries = await AttendanceSeed.SeedAsync(db, options.Employees, options.Month);
            }

            Console.WriteLine($"seeded {options.Employees} employees, {entries} clockings for {options.Month:yyyy-MM} in {seedClock.Elapsed.TotalSeconds:F1} s ({file})");

            var from = options.Month;
            var to = options.Month.AddMonths(1).AddDays(-1);
            var days = 0;
            // One untimed round of each warms up EF Core's model and query caches and the SQLite page cache.
            await ReadOnlyAsync(file, from, to);
            await ComputeAsync(file, from, to);

            // Wall time is the target; the process's CPU time is printed too, as it says more on a busy machine.
            var baseline = new List<double>();
            var computed = new List<double>();
            var baselineCpu = new List<double>();
            var computedCpu = new List<double>();
            using var process = Process.GetCurrentProcess();
            for (var run = 0; run < options.Runs; run++)
            {
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                await ReadOnlyAsync(file, from, to);
                baseline.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                baselineCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);

                cpu = process.TotalProcessorTime;
                clock.Restart();
                days = await ComputeAsync(file, from, to);
                computed.Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                computedCpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }

            var baselineMedian = Samples.Median(baseline);
            var computedMedian = Samples.Median(computed);
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}");
            Console.WriteLine($"{"",-34}{"median ms",12}{"min ms",10}{"max ms",10}");
            Print("baseline: read the rows", baseline);
            Print($"attendance: {days} employee-days", computed);
            Print("baseline, process CPU", baselineCpu);
            Print("attendance, process CPU", computedCpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio attendance / baseline: {computedMedian / baselineMedian:F2}; target < 1000 ms: {(computedMedian < 1000 ? "met" : "MISSED")}"));
            return computedMedian < 1000 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static HrSqliteDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<HrSqliteDbContext>().UseSqlite($"Data Source={file}").Options);

    /// <summary>The baseline: the same queries the computation runs, their rows materialised and not computed.</summary>
    private static async Task ReadOnlyAsync(string file, DateOnly from, DateOnly to)
    {
        await using var db = Open(file);
        var employees = await db.Employees.AsNoTracking().OrderBy(e => e.EmployeeNumber).ToListAsync();
        var sources = await new AttendanceDaysQuery(db, TimeProvider.System).LoadAsync(employees, from, to, allEmployees: true, CancellationToken.None);
        GC.KeepAlive(sources);
    }

    /// <summary>The same load followed by every employee's every day.</summary>
    private static async Task<int> ComputeAsync(string file, DateOnly from, DateOnly to)
    {
        await using var db = Open(file);
        var employees = await db.Employees.AsNoTracking().OrderBy(e => e.EmployeeNumber).ToListAsync();
        var result = await new AttendanceDaysQuery(db, TimeProvider.System).ComputeAsync(employees, from, to, allEmployees: true, CancellationToken.None);
        return result.Sum(e => e.Days.Count);
    }

    private static void Print(string name, List<double> values) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34}{Samples.Median(values),12:F1}{values.Min(),10:F1}{values.Max(),10:F1}"));
}
