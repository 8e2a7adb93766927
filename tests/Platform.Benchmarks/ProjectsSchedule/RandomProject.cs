using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Benchmarks.ProjectsSchedule;

/// <summary>
/// A large project shaped like real ones: tasks in work packages of ten under summary tasks, one in twenty manual,
/// one in fifty a milestone; links only from earlier to later tasks (so the graph is a DAG), mostly finish-to-start
/// between nearby tasks, with every link type and lags from -2 to +3 days.
/// </summary>
internal sealed record RandomProject(IReadOnlyList<SchedulableTask> Tasks, IReadOnlyList<SchedulableLink> Links, DateOnly Start)
{
    public static RandomProject Create(int taskCount, int linkCount, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2027, 1, 4);
        var tasks = new List<SchedulableTask>(taskCount);
        var ids = new Guid[taskCount];
        var isSummary = new bool[taskCount];
        Guid? summary = null;
        for (var i = 0; i < taskCount; i++)
        {
            ids[i] = Guid.CreateVersion7();
            if (i % 11 == 0)
            {
                isSummary[i] = true;
                summary = ids[i];
                tasks.Add(new SchedulableTask(ids[i], SchedulingMode.Automatic, null, null, 0, null));
                continue;
            }

            var manual = random.Next(20) == 0;
            var duration = random.Next(50) == 0 ? 0 : 1 + random.Next(10);
            var ownStart = manual ? start.AddDays(random.Next(400)) : (DateOnly?)null;
            tasks.Add(new SchedulableTask(ids[i], manual ? SchedulingMode.Manual : SchedulingMode.Automatic, ownStart, null, duration, summary));
        }

        var links = new List<SchedulableLink>(linkCount);
        var seen = new HashSet<(int, int)>();
        while (links.Count < linkCount)
        {
            var from = random.Next(taskCount - 1);
            var to = Math.Min(taskCount - 1, from + 1 + (random.Next(4) == 0 ? random.Next(taskCount - from - 1) : random.Next(30)));
            // Links between a summary and its own work package would be cycles through the hierarchy.
            if ((isSummary[from] && to - from <= 10 && to / 11 == from / 11) || !seen.Add((from, to)))
            {
                continue;
            }

            var type = random.Next(10) switch { < 7 => DependencyType.FinishToStart, 7 => DependencyType.StartToStart, 8 => DependencyType.FinishToFinish, _ => DependencyType.StartToFinish };
            links.Add(new SchedulableLink(ids[from], ids[to], type, random.Next(6) - 2));
        }

        return new RandomProject(tasks, links, start);
    }

    /// <summary>Public holidays of ten years (fixed dates), as a holiday calendar would hold them.</summary>
    public static IReadOnlyList<DateOnly> Holidays()
    {
        var days = new List<DateOnly>();
        for (var year = 2026; year < 2036; year++)
        {
            days.AddRange([new(year, 1, 1), new(year, 5, 1), new(year, 10, 3), new(year, 12, 24), new(year, 12, 25), new(year, 12, 26), new(year, 12, 31)]);
        }

        return days;
    }
}
