namespace Platform.Benchmarks.Startup;

/// <summary>One way of starting an app: what to run and, for the host, how many modules must end up Running.</summary>
/// <param name="Name">Shown in the results.</param>
/// <param name="Dll">The app to start with `dotnet`.</param>
/// <param name="PluginsDirectory">The host's plugin folder; null for the bare baseline.</param>
/// <param name="ExpectedModules">Modules that must be Running (and SQLite module files that must exist).</param>
internal sealed record StartupScenario(string Name, string Dll, string? PluginsDirectory, int ExpectedModules)
{
    public bool IsHost => PluginsDirectory is not null;

    public IEnumerable<string> Arguments(string dataDirectory, params string[] extra) =>
        IsHost
            ? [$"--Platform:Plugins:Paths:0={PluginsDirectory}", $"--Platform:DataDirectory={dataDirectory}", "--Platform:Identity:RequireHttps=false", .. extra]
            : extra;
}

/// <summary>The medians of one scenario, in milliseconds.</summary>
internal sealed record StartupResult(StartupScenario Scenario, IReadOnlyList<double> Fresh, IReadOnlyList<double> Warm)
{
    public double FreshMedian => Median(Fresh);

    public double WarmMedian => Median(Warm);

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
