using System.Globalization;

namespace Platform.Benchmarks.Startup;

/// <summary>`startup [--runs 5] [--counts 1,10,50] [--work DIR] [--trace]`</summary>
internal sealed record StartupOptions(int Runs, IReadOnlyList<int> Counts, string WorkDirectory, bool Trace)
{
    public static StartupOptions Parse(string[] args)
    {
        var options = new StartupOptions(5, [1, 10, 50], Path.Combine(Path.GetTempPath(), "platform-benchmarks"), false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--runs" => options with { Runs = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--counts" => options with { Counts = [.. args[++i].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                "--trace" => options with { Trace = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Counts.Count < 2 || options.Counts.Min() < 1 || options.Runs < 1
            ? throw new ArgumentException("--counts needs at least two plugin counts >= 1 and --runs at least 1.")
            : options;
    }
}
