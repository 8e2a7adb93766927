using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Csv;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>The rows an MSPDI file imports as, the milestones it defines, and which row came from which task UID.</summary>
internal sealed record MspdiImport(List<TaskFileRow> Rows, Dictionary<string, DateOnly> MilestoneDates, Dictionary<int, int> UidOfRow, List<MspdiError> Errors);

/// <summary>
/// Turns MSPDI tasks into task rows. Milestone tasks (Milestone=1) become milestones, dated by their finish; the tasks
/// linked before them (their predecessors) are linked to them, the earliest milestone winning when a task precedes
/// several. A link from a milestone to a successor is carried over to the milestone's own predecessors, with its type
/// and lag, since the milestone is not a task any more. Percent complete gives the status: 100 a Done status, more than
/// 0 an In progress one.
/// </summary>
internal static class MspdiImportMapping
{
    public static MspdiImport Map(MspdiProject project, List<string> warnings)
    {
        var byUid = project.Tasks.ToDictionary(t => t.Uid);
        var errors = new List<MspdiError>();
        var milestoneDates = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);
        foreach (var milestone in project.Tasks.Where(t => t.IsMilestone))
        {
            if ((milestone.Finish ?? milestone.Start) is not { } date)
            {
                errors.Add(new MspdiError($"tasks[UID={milestone.Uid}].finish", "A milestone needs a Finish (or Start) date."));
            }
            else if (milestoneDates.TryGetValue(milestone.Name, out var other))
            {
                warnings.Add($"Two milestones are named '{milestone.Name}'; they were merged, dated {(date > other ? date : other):yyyy-MM-dd}.");
                milestoneDates[milestone.Name] = date > other ? date : other;
            }
            else
            {
                milestoneDates[milestone.Name] = date;
            }
        }

        var tasks = project.Tasks.Where(t => !t.IsMilestone).ToList();
        var rowOf = tasks.Select((t, i) => (t.Uid, Row: i + 1)).ToDictionary(x => x.Uid, x => x.Row);
        var milestoneOf = new Dictionary<int, string>();
        foreach (var milestone in project.Tasks.Where(t => t.IsMilestone && milestoneDates.ContainsKey(t.Name)).OrderBy(t => milestoneDates[t.Name]))
        {
            foreach (var link in milestone.Predecessors.Where(l => rowOf.ContainsKey(l.PredecessorUid)))
            {
                if (!milestoneOf.TryAdd(link.PredecessorUid, milestone.Name) && milestoneOf[link.PredecessorUid] != milestone.Name)
                {
                    warnings.Add($"Task UID {link.PredecessorUid} leads to several milestones; it is linked to the earliest, '{milestoneOf[link.PredecessorUid]}'.");
                }
            }
        }

        var rows = tasks.Select(t => new TaskFileRow(
            rowOf[t.Uid], t.Name, t.Notes, t.PercentComplete >= 100 ? nameof(TaskStatusCategory.Done) : t.PercentComplete > 0 ? nameof(TaskStatusCategory.InProgress) : null,
            null, [], t.Start, t.Finish, t.DurationDays, t.Manual ? SchedulingMode.Manual : SchedulingMode.Automatic, null, null, t.PercentComplete, [],
            t.ParentUid is { } parent && rowOf.TryGetValue(parent, out var parentRow) ? parentRow : null,
            milestoneOf.GetValueOrDefault(t.Uid),
            Links(t, byUid, rowOf, warnings))).ToList();
        return new MspdiImport(rows, milestoneDates, rowOf.ToDictionary(x => x.Value, x => x.Key), errors);
    }

    /// <summary>A task's predecessors as rows, links from milestones carried over to the tasks before the milestone.</summary>
    private static List<PredecessorRef> Links(MspdiTask task, Dictionary<int, MspdiTask> byUid, Dictionary<int, int> rowOf, List<string> warnings)
    {
        var links = new List<PredecessorRef>();
        foreach (var link in task.Predecessors)
        {
            List<int> sources = rowOf.ContainsKey(link.PredecessorUid) ? [link.PredecessorUid] : TasksBefore(link.PredecessorUid, byUid, rowOf, []);
            if (sources.Count == 0)
            {
                warnings.Add($"Task UID {task.Uid} followed milestone UID {link.PredecessorUid}, which no task leads to; that link was left out.");
            }

            foreach (var source in sources.Where(s => links.All(l => l.Row != rowOf[s])))
            {
                links.Add(new PredecessorRef(rowOf[source], link.Type, link.LagDays));
            }
        }

        return links;
    }

    /// <summary>The tasks (not milestones) a milestone waits for, through milestones before it.</summary>
    private static List<int> TasksBefore(int milestoneUid, Dictionary<int, MspdiTask> byUid, Dictionary<int, int> rowOf, HashSet<int> seen)
    {
        var tasks = new List<int>();
        if (!seen.Add(milestoneUid))
        {
            return tasks;
        }

        foreach (var link in byUid[milestoneUid].Predecessors)
        {
            if (rowOf.ContainsKey(link.PredecessorUid))
            {
                tasks.Add(link.PredecessorUid);
            }
            else
            {
                tasks.AddRange(TasksBefore(link.PredecessorUid, byUid, rowOf, seen));
            }
        }

        return tasks;
    }
}
