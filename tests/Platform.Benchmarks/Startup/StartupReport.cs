using System.Globalization;

namespace Platform.Benchmarks.Startup;

/// <summary>Prints the startup results as a markdown table plus the per-plugin cost and the targets.</summary>
internal static class StartupReport
{
    public static void Print(IReadOnlyList<StartupResult> results, IReadOnlyList<int> counts, double perPluginTargetMs, double firstPartyTargetMs)
    {
        var bare = results[0];
        Console.WriteLine();
        Console.WriteLine("| Scenario | fresh (ms, median) | warm (ms, median) | fresh / bare | warm / bare |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Line($"| {r.Scenario.Name} | {r.FreshMedian:F0} | {r.WarmMedian:F0} | {r.FreshMedian / bare.FreshMedian:F2} | {r.WarmMedian / bare.WarmMedian:F2} |");
        }

        var (low, high) = (counts.Min(), counts.Max());
        var first = results.Single(r => r.Scenario.Name == $"host + {low} generated plugins");
        var last = results.Single(r => r.Scenario.Name == $"host + {high} generated plugins");
        var perFresh = (last.FreshMedian - first.FreshMedian) / (high - low);
        var perWarm = (last.WarmMedian - first.WarmMedian) / (high - low);
        var firstParty = results[^1];
        Console.WriteLine();
        var perPluginMet = Verdict(Math.Max(perFresh, perWarm) <= perPluginTargetMs);
        var firstPartyMet = Verdict(Math.Max(firstParty.FreshMedian, firstParty.WarmMedian) <= firstPartyTargetMs);
        Line($"per plugin = (t({high}) - t({low})) / {high - low}: fresh {perFresh:F1} ms, warm {perWarm:F1} ms (target <= {perPluginTargetMs:F0} ms: {perPluginMet})");
        Line($"first-party modules: fresh {firstParty.FreshMedian:F0} ms, warm {firstParty.WarmMedian:F0} ms (target <= {firstPartyTargetMs:F0} ms: {firstPartyMet})");
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
