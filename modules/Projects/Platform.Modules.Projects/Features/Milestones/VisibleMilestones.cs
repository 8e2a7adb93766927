using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>Milestones of the projects the caller may see: a milestone of an invisible project does not exist for them.</summary>
internal static class VisibleMilestones
{
    public static IQueryable<Milestone> Of(ProjectAccess access, ProjectsDbContext db)
    {
        var projects = access.Projects(db);
        return db.Milestones.Where(m => projects.Any(p => p.Id == m.ProjectId));
    }

    /// <summary>The milestone (tracked, for a change) and its project, or null when the caller cannot see it.</summary>
    public static async Task<MilestoneInProject?> FindAsync(ProjectAccess access, ProjectsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var milestone = await Of(access, db).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (milestone is null)
        {
            return null;
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == milestone.ProjectId, cancellationToken);
        return new MilestoneInProject(milestone, project);
    }
}

/// <summary>A milestone found for a change, with its project.</summary>
internal sealed record MilestoneInProject(Milestone Milestone, Project Project);
