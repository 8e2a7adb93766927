using Platform.Benchmarks;
using Platform.Benchmarks.HrAttendance;
using Platform.Benchmarks.Startup;

// Request overhead is measured by request-overhead.sh (wrk against two processes); this program measures startup and
// the HR module's monthly attendance computation.
const string usage = """
    usage: dotnet run -c Release --project tests/Platform.Benchmarks -- startup [--runs 5] [--counts 1,10,50] [--work DIR] [--trace]
           dotnet run -c Release --project tests/Platform.Benchmarks -- hr-attendance [--employees 1000] [--runs 5] [--month 2026-10] [--work DIR]
    """;
if (args.Length == 0 || args[0] is not ("startup" or "hr-attendance"))
{
    Console.Error.WriteLine(usage);
    return 2;
}

var layout = RepoLayout.Find();
if (layout.Configuration != "Release")
{
    Console.Error.WriteLine($"warning: built in {layout.Configuration}; figures are only meaningful in Release.");
}

return args[0] == "startup"
    ? await new StartupBenchmark(layout, StartupOptions.Parse(args[1..])).RunAsync()
    : await new HrAttendanceBenchmark(HrAttendanceOptions.Parse(args[1..])).RunAsync();
