using System.Diagnostics;
using System.Globalization;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Benchmarks.ProjectsSchedule;

/// <summary>
/// Auto-scheduling and critical path of a large project in-process: the pure engine the rescheduler and the Gantt
/// and critical-path endpoints run. Each run times the forward pass (<see cref="ProjectScheduler.Forward"/>) and the
/// critical path (<see cref="CriticalPathCalculator.Compute"/>) on a working calendar with ten years of holidays; the
/// baseline in the same run is a plain topological sort (Kahn's algorithm over lists) of the same graph.
/// </summary>
internal sealed class ProjectsScheduleBenchmark(ProjectsScheduleOptions options)
{
    private const double TargetMilliseconds = 100;

    /// <summary>The `projects-schedule` verb: `[--tasks 10000] [--links 20000] [--runs 30] [--seed 42]`.</summary>
    public static int RunVerb(string[] args)
    {
        if (RepoLayout.Find().Configuration != "Release")
        {
            Console.Error.WriteLine("warning: built in Debug; figures are only meaningful in Release.");
        }

        return new ProjectsScheduleBenchmark(ProjectsScheduleOptions.Parse(args)).Run();
    }

    public int Run()
    {
        var project = RandomProject.Create(options.Tasks, options.Links, options.Seed);
        var holidays = RandomProject.Holidays();
        var calendar = CalendarOf(holidays);
        Console.WriteLine($"project: {project.Tasks.Count} tasks, {project.Links.Count} links, seed {options.Seed}; calendar Monday to Friday with {holidays.Count} holidays");

        // Warm-up: the JIT compiles every path once before anything is timed.
        for (var i = 0; i < 3; i++)
        {
            Engine(project, calendar);
            Baseline(project);
        }

        var forward = new List<double>();
        var critical = new List<double>();
        var engine = new List<double>();
        var baseline = new List<double>();
        var criticalCount = 0;
        for (var run = 0; run < options.Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            ProjectScheduler.Forward(project.Tasks, project.Links, calendar, project.Start);
            var afterForward = clock.Elapsed.TotalMilliseconds;
            criticalCount = CriticalPathCalculator.Compute(project.Tasks, project.Links, calendar, project.Start).CriticalTaskIds.Count;
            var total = clock.Elapsed.TotalMilliseconds;
            forward.Add(afterForward);
            critical.Add(total - afterForward);
            engine.Add(total);

            clock.Restart();
            Baseline(project);
            baseline.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {Samples.LoadAverage()}; {options.Runs} runs; {criticalCount} critical tasks");
        Console.WriteLine($"{"",-44}{"median ms",12}{"p95 ms",10}");
        Print("baseline: topological sort only", baseline);
        Print("forward schedule", forward);
        Print("critical path (its own forward + backward)", critical);
        Print("forward + critical path", engine);
        var p95 = Samples.Percentile(engine, 0.95);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio engine / baseline (median): {Samples.Percentile(engine, 0.5) / Samples.Percentile(baseline, 0.5):F1}; target forward + critical path < {TargetMilliseconds:F0} ms at p95: {(p95 < TargetMilliseconds ? "met" : "MISSED")} ({p95:F1} ms)"));
        return p95 < TargetMilliseconds ? 0 : 1;
    }

    private static WorkingCalendar CalendarOf(IReadOnlyList<DateOnly> holidays) =>
        new(WorkingWeekdays.MondayToFriday, holidays);

    private static void Engine(RandomProject project, WorkingCalendar calendar)
    {
        ProjectScheduler.Forward(project.Tasks, project.Links, calendar, project.Start);
        CriticalPathCalculator.Compute(project.Tasks, project.Links, calendar, project.Start);
    }

    /// <summary>The least any scheduler must do: index the tasks by id and order them topologically.</summary>
    private static int[] Baseline(RandomProject project)
    {
        var indexOf = new Dictionary<Guid, int>(project.Tasks.Count);
        for (var i = 0; i < project.Tasks.Count; i++)
        {
            indexOf[project.Tasks[i].Id] = i;
        }

        var successors = new List<int>[project.Tasks.Count];
        var inDegree = new int[project.Tasks.Count];
        foreach (var link in project.Links)
        {
            var to = indexOf[link.SuccessorId];
            (successors[indexOf[link.PredecessorId]] ??= []).Add(to);
            inDegree[to]++;
        }

        var order = new int[project.Tasks.Count];
        var head = 0;
        var tail = 0;
        for (var i = 0; i < inDegree.Length; i++)
        {
            if (inDegree[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            if (successors[order[head++]] is { } next)
            {
                foreach (var to in next)
                {
                    if (--inDegree[to] == 0)
                    {
                        order[tail++] = to;
                    }
                }
            }
        }

        return order;
    }

    private static void Print(string name, List<double> values) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44}{Samples.Percentile(values, 0.5),12:F2}{Samples.Percentile(values, 0.95),10:F2}"));
}
