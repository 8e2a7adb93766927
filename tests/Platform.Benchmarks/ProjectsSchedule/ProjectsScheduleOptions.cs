using System.Globalization;

namespace Platform.Benchmarks.ProjectsSchedule;

/// <summary>`projects-schedule [--tasks 10000] [--links 20000] [--runs 30] [--seed 42]`</summary>
internal sealed record ProjectsScheduleOptions(int Tasks, int Links, int Runs, int Seed)
{
    public static ProjectsScheduleOptions Parse(string[] args)
    {
        var options = new ProjectsScheduleOptions(10_000, 20_000, 30, 42);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--tasks" => options with { Tasks = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--links" => options with { Links = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Tasks < 2 || options.Links < 0 || options.Runs < 1
            ? throw new ArgumentException("--tasks must be at least 2, --links at least 0 and --runs at least 1.")
            : options;
    }
}
