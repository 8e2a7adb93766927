using Platform.Benchmarks;
using Platform.Benchmarks.HrAttendance;
using Platform.Benchmarks.HrDirectory;
using Platform.Benchmarks.ProjectsGantt;
using Platform.Benchmarks.Startup;

// Request overhead is measured by request-overhead.sh (wrk against two processes); this program measures startup and
// the HR module's monthly attendance computation and directory search.
const string usage = """
    usage: dotnet run -c Release --project tests/Platform.Benchmarks -- startup [--runs 5] [--counts 1,10,50] [--work DIR] [--trace]
           dotnet run -c Release --project tests/Platform.Benchmarks -- hr-attendance [--employees 1000] [--runs 5] [--month 2026-10] [--work DIR]
           dotnet run -c Release --project tests/Platform.Benchmarks -- hr-directory [--employees 10000] [--iterations 100] [--work DIR]
           dotnet run -c Release --project tests/Platform.Benchmarks -- documents-search [--documents 100000] [--iterations 30] [--work DIR] [--keep FILE]
           dotnet run -c Release --project tests/Platform.Benchmarks -- documents-listing (see docs/performance.md)
           dotnet run -c Release --project tests/Platform.Benchmarks -- documents-transfer [--mib 1024] [--work DIR]
           dotnet run -c Release --project tests/Platform.Benchmarks -- projects-gantt [--tasks 5000] [--dependencies 8000] [--milestones 20] [--iterations 200] [--window-days 90] [--work DIR]
    """;
if (args is ["documents-listing", ..]) { return await new Platform.Benchmarks.DocumentsListing.DocumentsListingBenchmark(RepoLayout.Find(), Platform.Benchmarks.DocumentsListing.DocumentsListingOptions.Parse(args[1..])).RunAsync(); }
if (args is ["documents-search", ..]) { return await new Platform.Benchmarks.DocumentsSearch.DocumentsSearchBenchmark(Platform.Benchmarks.DocumentsSearch.DocumentsSearchOptions.Parse(args[1..])).RunAsync(); }
if (args is ["documents-transfer", ..]) { return await new Platform.Benchmarks.DocumentsTransfer.DocumentsTransferBenchmark(RepoLayout.Find(), Platform.Benchmarks.DocumentsTransfer.DocumentsTransferOptions.Parse(args[1..])).RunAsync(); }
if (args is ["projects-schedule", ..]) { return Platform.Benchmarks.ProjectsSchedule.ProjectsScheduleBenchmark.RunVerb(args[1..]); }
if (args.Length == 0 || args[0] is not ("startup" or "hr-attendance" or "hr-directory" or "projects-gantt"))
{
    Console.Error.WriteLine(usage);
    return 2;
}

var layout = RepoLayout.Find();
if (layout.Configuration != "Release")
{
    Console.Error.WriteLine($"warning: built in {layout.Configuration}; figures are only meaningful in Release.");
}

return args[0] switch
{
    "startup" => await new StartupBenchmark(layout, StartupOptions.Parse(args[1..])).RunAsync(),
    "hr-attendance" => await new HrAttendanceBenchmark(HrAttendanceOptions.Parse(args[1..])).RunAsync(),
    "projects-gantt" => await new ProjectsGanttBenchmark(layout, ProjectsGanttOptions.Parse(args[1..])).RunAsync(),
    _ => await new HrDirectoryBenchmark(HrDirectoryOptions.Parse(args[1..])).RunAsync(),
};
