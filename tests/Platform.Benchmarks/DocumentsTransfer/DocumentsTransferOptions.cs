using System.Globalization;

namespace Platform.Benchmarks.DocumentsTransfer;

/// <summary>`documents-transfer [--mib 1024] [--rounds 3] [--work DIR]` (the work folder must be on the disk to measure; it holds four copies of the file).</summary>
internal sealed record DocumentsTransferOptions(long Bytes, int Rounds, string WorkDirectory)
{
    public static DocumentsTransferOptions Parse(string[] args)
    {
        var options = new DocumentsTransferOptions(1024L * 1024 * 1024, 3, Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--mib" => options with { Bytes = long.Parse(args[++i], CultureInfo.InvariantCulture) * 1024 * 1024 },
                "--rounds" => options with { Rounds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Bytes < 1024 * 1024 ? throw new ArgumentException("--mib must be at least 1.")
            : options.Rounds < 1 ? throw new ArgumentException("--rounds must be at least 1.")
            : options;
    }
}
