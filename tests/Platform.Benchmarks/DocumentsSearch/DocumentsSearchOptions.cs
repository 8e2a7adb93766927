using System.Globalization;

namespace Platform.Benchmarks.DocumentsSearch;

/// <summary>`documents-search [--documents 100000] [--iterations 30] [--work DIR]`</summary>
internal sealed record DocumentsSearchOptions(int Documents, int Iterations, string WorkDirectory)
{
    public static DocumentsSearchOptions Parse(string[] args)
    {
        var options = new DocumentsSearchOptions(100_000, 30, Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--documents" => options with { Documents = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Documents < 100 || options.Iterations < 1 ? throw new ArgumentException("--documents must be at least 100 and --iterations at least 1.") : options;
    }
}
