using System.Globalization;

namespace Platform.Benchmarks.DocumentsSearch;

/// <summary>
/// `documents-search [--documents 100000] [--iterations 30] [--work DIR] [--keep FILE] [--postgres CONNECTION]`. With
/// --keep the seeded SQLite database is kept in FILE and used again by the next run with the same FILE (seeding 100,000
/// documents takes a minute). With --postgres the search runs on PostgreSQL instead: a database of its own is created
/// on that server for the run and dropped after (kept when the environment sets BENCHMARK_KEEP_PG=1, to look at plans);
/// with both, the PostgreSQL database is kept and FILE holds its name.
/// BENCHMARK_LOG_SQL=1 logs every command with its time.
/// </summary>
internal sealed record DocumentsSearchOptions(int Documents, int Iterations, string WorkDirectory, string? KeepFile = null, string? Postgres = null)
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
                "--keep" => options with { KeepFile = Path.GetFullPath(args[++i]) },
                "--postgres" => options with { Postgres = args[++i] },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Documents < 100 || options.Iterations < 1 ? throw new ArgumentException("--documents must be at least 100 and --iterations at least 1.") : options;
    }
}
