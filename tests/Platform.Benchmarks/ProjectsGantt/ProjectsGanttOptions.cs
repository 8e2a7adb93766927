using System.Globalization;

namespace Platform.Benchmarks.ProjectsGantt;

/// <summary>`projects-gantt [--tasks 5000] [--dependencies 8000] [--milestones 20] [--iterations 200] [--window-days 90] [--work DIR]`</summary>
internal sealed record ProjectsGanttOptions(int Tasks, int Dependencies, int Milestones, int Iterations, int WindowDays, string WorkDirectory)
{
    public static ProjectsGanttOptions Parse(string[] args)
    {
        var options = new ProjectsGanttOptions(5_000, 8_000, 20, 200, 90, Path.Combine(Path.GetTempPath(), "platform-benchmarks"));
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--tasks" => options with { Tasks = Number(args[++i]) },
                "--dependencies" => options with { Dependencies = Number(args[++i]) },
                "--milestones" => options with { Milestones = Number(args[++i]) },
                "--iterations" => options with { Iterations = Number(args[++i]) },
                "--window-days" => options with { WindowDays = Number(args[++i]) },
                "--work" => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Tasks < 100 || options.Iterations < 100 || options.WindowDays < 1
            ? throw new ArgumentException("--tasks must be at least 100, --iterations at least 100 and --window-days at least 1.")
            : options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
