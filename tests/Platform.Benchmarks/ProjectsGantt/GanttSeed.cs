using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Benchmarks.ProjectsGantt;

/// <summary>
/// A large plan written straight into the Projects module's SQLite file of a running host: phases of 50 tasks (one
/// summary, 49 leaves) in ten parallel streams; inside a phase five lanes (each leaf follows the one five places
/// before it), and links from a phase to the next phase of its stream up to the requested count (always forward in
/// numbering, so the graph has no cycle, and the plan spans about a year and a half, as a real one of this size would);
/// an assignee per leaf, milestones each linking a few leaves. Dates come from the module's own forward pass, so the
/// stored plan is the one the scheduler would keep.
/// </summary>
internal static class GanttSeed
{
    private const int GroupSize = 50;
    private const int Lanes = 5;
    private const int Streams = 10;

    /// <summary>Seeds the plan into <paramref name="projectId"/> and returns its first and last day.</summary>
    public static async Task<(DateOnly Start, DateOnly Finish)> SeedAsync(ProjectsDbContext db, Guid projectId, ProjectsGanttOptions options)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var start = new DateOnly(2027, 1, 4);
        var tasks = new List<ProjectTask>(options.Tasks);
        var leaves = new List<ProjectTask>();
        ProjectTask? summary = null;
        for (var n = 1; n <= options.Tasks; n++)
        {
            var isSummary = (n - 1) % GroupSize == 0;
            var task = new ProjectTask
            {
                Id = Guid.CreateVersion7(), ProjectId = projectId, Number = n, Title = $"{(isSummary ? "Phase" : "Work item")} {n}", Status = Status(random),
                Priority = TaskPriority.Normal, DurationDays = isSummary ? null : 1 + random.Next(5), SchedulingMode = SchedulingMode.Automatic,
                EstimateHours = isSummary ? null : 4 * (1 + random.Next(10)), Progress = random.Next(101), ParentId = isSummary ? null : summary?.Id,
                BoardOrder = n, StartDate = start, CreatedAt = now, UpdatedAt = now,
            };
            if (isSummary)
            {
                summary = task;
            }
            else
            {
                task.Assignees.Add(new TaskAssignee { TaskId = task.Id, Kind = AssigneeKind.Person, PrincipalId = Person(random) });
                leaves.Add(task);
            }

            tasks.Add(task);
        }

        var links = Links(leaves, options.Dependencies, random, projectId, now);
        var dates = ProjectScheduler.Forward(
            [.. tasks.Select(t => new SchedulableTask(t.Id, t.SchedulingMode, t.StartDate, null, t.DurationDays ?? 1, t.ParentId))],
            [.. links.Select(l => new SchedulableLink(l.PredecessorId, l.SuccessorId, l.Type, l.LagDays))],
            WorkingCalendar.Standard,
            start);
        foreach (var task in tasks)
        {
            (task.StartDate, task.DueDate) = (dates[task.Id].Start, dates[task.Id].Finish);
        }

        var finish = tasks.Max(t => t.DueDate!.Value);
        var milestones = Enumerable.Range(1, options.Milestones).Select(m => new Milestone
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Name = $"Milestone {m}",
            Date = start.AddDays((finish.DayNumber - start.DayNumber) * m / options.Milestones), CreatedAt = now, UpdatedAt = now,
        }).ToList();
        foreach (var leaf in leaves.Where((_, i) => i % 25 == 0))
        {
            leaf.MilestoneId = milestones[random.Next(milestones.Count)].Id;
        }

        db.Milestones.AddRange(milestones);
        db.Tasks.AddRange(tasks);
        db.Dependencies.AddRange(links);
        await db.SaveChangesAsync();
        // The seed is not anybody's edit: its audit rows would keep the host's dispatcher busy during the measurement.
        await db.Outbox.Where(m => m.Kind == OutboxMessageKind.Audit).ExecuteDeleteAsync();
        return (start, finish);
    }

    private static List<TaskDependency> Links(List<ProjectTask> leaves, int count, Random random, Guid projectId, DateTimeOffset now)
    {
        const int perPhase = GroupSize - 1;
        var phases = leaves.Count / perPhase;
        var pairs = new HashSet<(int, int)>();
        // Inside a phase, five lanes of work: each leaf follows the one five places before it.
        for (var i = 0; i < leaves.Count && pairs.Count < count; i++)
        {
            if (i % perPhase >= Lanes)
            {
                pairs.Add((i - Lanes, i));
            }
        }

        // Across phases, ten parallel streams: a phase hands work on to the next phase of its stream.
        for (var attempts = 0; pairs.Count < count && phases > Streams && attempts < count * 20; attempts++)
        {
            var phase = random.Next(phases - Streams);
            pairs.Add(((phase * perPhase) + random.Next(perPhase), ((phase + Streams) * perPhase) + random.Next(perPhase)));
        }

        return [.. pairs.Select(p => new TaskDependency
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, PredecessorId = leaves[p.Item1].Id, SuccessorId = leaves[p.Item2].Id,
            Type = random.Next(10) == 0 ? DependencyType.StartToStart : DependencyType.FinishToStart, LagDays = random.Next(3), CreatedAt = now,
        })];
    }

    private static string Status(Random random) => random.Next(3) switch
    {
        0 => TaskStatusDefinition.DefaultToDo,
        1 => TaskStatusDefinition.DefaultInProgress,
        _ => TaskStatusDefinition.DefaultDone,
    };

    private static Guid Person(Random random) => new(random.Next(50), 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);
}
