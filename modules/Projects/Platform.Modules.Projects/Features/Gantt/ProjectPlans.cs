using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>
/// Reads a <see cref="ProjectPlan"/> in four queries (tasks, links, statuses, days off; plus the holiday calendar
/// when the project follows one), all as untracked projections. With <c>includePending</c>, the tasks and links
/// the context tracks as added, changed or deleted and not yet saved replace what the database holds, so that a
/// use case can evaluate the plan its own SaveChanges is about to write.
/// </summary>
internal sealed class ProjectPlans(ProjectCalendars calendars)
{
    public async Task<ProjectPlan> LoadAsync(ProjectsDbContext db, Project project, bool includePending, CancellationToken cancellationToken)
    {
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.ProjectId == project.Id)
            .OrderBy(t => t.Number)
            .Select(t => new PlanTask(
                t.Id, t.Number, t.Title, t.Status, t.ParentId, t.StartDate, t.DueDate, t.DurationDays, t.SchedulingMode, t.Progress, t.MilestoneId,
                t.EstimateHours, t.RemainingHours, t.CreatedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        var links = await db.Dependencies.AsNoTracking()
            .Where(d => d.ProjectId == project.Id)
            .Select(d => new PlanLink(d.Id, d.PredecessorId, d.SuccessorId, d.Type, d.LagDays))
            .ToListAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking().Where(s => s.ProjectId == project.Id).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var calendar = await calendars.LoadAsync(project, cancellationToken);
        if (includePending)
        {
            tasks = WithPendingTasks(db, project.Id, tasks);
            links = WithPendingLinks(db, project.Id, links);
        }

        return new ProjectPlan(project, tasks, links, statuses, calendar);
    }

    private static List<PlanTask> WithPendingTasks(ProjectsDbContext db, Guid projectId, List<PlanTask> stored)
    {
        var byId = stored.ToDictionary(t => t.Id);
        foreach (var entry in db.ChangeTracker.Entries<ProjectTask>())
        {
            var t = entry.Entity;
            if (t.ProjectId != projectId || entry.State == EntityState.Unchanged)
            {
                continue;
            }

            if (entry.State is EntityState.Deleted or EntityState.Detached)
            {
                byId.Remove(t.Id);
                continue;
            }

            byId[t.Id] = new PlanTask(
                t.Id, t.Number, t.Title, t.Status, t.ParentId, t.StartDate, t.DueDate, t.DurationDays, t.SchedulingMode, t.Progress, t.MilestoneId,
                t.EstimateHours, t.RemainingHours, t.CreatedAt, t.CompletedAt);
        }

        return [.. byId.Values.OrderBy(t => t.Number)];
    }

    private static List<PlanLink> WithPendingLinks(ProjectsDbContext db, Guid projectId, List<PlanLink> stored)
    {
        var byId = stored.ToDictionary(l => l.Id);
        foreach (var entry in db.ChangeTracker.Entries<TaskDependency>())
        {
            var d = entry.Entity;
            if (d.ProjectId != projectId || entry.State == EntityState.Unchanged)
            {
                continue;
            }

            if (entry.State is EntityState.Deleted or EntityState.Detached)
            {
                byId.Remove(d.Id);
            }
            else
            {
                byId[d.Id] = new PlanLink(d.Id, d.PredecessorId, d.SuccessorId, d.Type, d.LagDays);
            }
        }

        return [.. byId.Values];
    }
}
