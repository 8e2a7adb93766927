using System.Globalization;

namespace Platform.Benchmarks.DocumentsListing;

/// <summary>
/// `documents-listing [--documents 10000] [--page-size 50] [--iterations 200] [--work DIR] [--postgres CONNECTION]`. With
/// --postgres the host runs on PostgreSQL: a database of the run's own is created on that server (the connection's user
/// needs CREATEDB) and dropped after.
/// </summary>
internal sealed record DocumentsListingOptions(int Documents, int PageSize, int Iterations, string WorkDirectory, string? Postgres = null)
{
    public static DocumentsListingOptions Parse(string[] args)
    {
        var options = new DocumentsListingOptions(10_000, 50, 200, Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--documents" => options with { Documents = Number(args[++i]) },
                "--page-size" => options with { PageSize = Number(args[++i]) },
                "--iterations" => options with { Iterations = Number(args[++i]) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                "--postgres" => options with { Postgres = args[++i] },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Documents < 1_000 || options.Iterations < 100 || options.PageSize is < 1 or > 200
            ? throw new ArgumentException("--documents must be at least 1000, --iterations at least 100 and --page-size 1 to 200.")
            : options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
