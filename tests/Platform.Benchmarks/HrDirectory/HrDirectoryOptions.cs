using System.Globalization;

namespace Platform.Benchmarks.HrDirectory;

/// <summary>`hr-directory [--employees 10000] [--iterations 100] [--work DIR]`</summary>
internal sealed record HrDirectoryOptions(int Employees, int Iterations, string WorkDirectory)
{
    public static HrDirectoryOptions Parse(string[] args)
    {
        var options = new HrDirectoryOptions(10_000, 100, Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--employees" => options with { Employees = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--iterations" => options with { Iterations = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Employees < 1 || options.Iterations < 1 ? throw new ArgumentException("--employees and --iterations must be at least 1.") : options;
    }
}
