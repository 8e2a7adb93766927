using Platform.Benchmarks;
using Platform.Benchmarks.Startup;

// Request overhead is measured by request-overhead.sh (wrk against two processes); this program measures startup.
if (args.Length == 0 || args[0] != "startup")
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Platform.Benchmarks -- startup [--runs 5] [--counts 1,10,50] [--work DIR] [--trace]");
    return 2;
}

var layout = RepoLayout.Find();
if (layout.Configuration != "Release")
{
    Console.Error.WriteLine($"warning: built in {layout.Configuration}; figures are only meaningful in Release.");
}

return await new StartupBenchmark(layout, StartupOptions.Parse(args[1..])).RunAsync();
