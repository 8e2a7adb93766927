using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Transfer;

/// <summary>
/// A project's tasks as exports write them: in outline order (each parent before its subtasks, siblings by number),
/// numbered 1… in that order so that parent and predecessor references point at rows, with their links and milestones.
/// </summary>
internal sealed record ProjectTaskSet(IReadOnlyList<ProjectTask> Tasks, IReadOnlyDictionary<Guid, int> Rows, ILookup<Guid, TaskDependency> Predecessors, IReadOnlyList<Milestone> Milestones)
{
    public static async Task<ProjectTaskSet> LoadAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.Assignees).Include(t => t.Labels)
            .Where(t => t.ProjectId == projectId)
            .OrderBy(t => t.Number)
            .ToListAsync(cancellationToken);
        var dependencies = await db.Dependencies.AsNoTracking().Where(d => d.ProjectId == projectId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Date).ThenBy(m => m.Name).ToListAsync(cancellationToken);

        var ids = tasks.Select(t => t.Id).ToHashSet();
        var children = tasks.Where(t => t.ParentId is { } p && ids.Contains(p)).ToLookup(t => t.ParentId!.Value);
        var ordered = new List<ProjectTask>(tasks.Count);
        var stack = new Stack<ProjectTask>(tasks.Where(t => t.ParentId is not { } p || !ids.Contains(p)).Reverse());
        while (stack.Count > 0)
        {
            var task = stack.Pop();
            ordered.Add(task);
            foreach (var child in children[task.Id].Reverse())
            {
                stack.Push(child);
            }
        }

        var rows = ordered.Select((t, i) => (t.Id, Row: i + 1)).ToDictionary(x => x.Id, x => x.Row);
        var links = dependencies.Where(d => rows.ContainsKey(d.PredecessorId) && rows.ContainsKey(d.SuccessorId)).ToLookup(d => d.SuccessorId);
        return new ProjectTaskSet(ordered, rows, links, milestones);
    }
}
