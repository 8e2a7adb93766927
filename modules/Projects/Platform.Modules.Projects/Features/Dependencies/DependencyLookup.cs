using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Dependencies;

/// <summary>A dependency found by id through the caller's visible projects (an invisible one is a 404), with its project.</summary>
internal sealed record DependencyLookup(TaskDependency Dependency, Project Project)
{
    public static async Task<DependencyLookup?> FindAsync(Guid id, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var dependency = await db.Dependencies.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dependency is null)
        {
            return null;
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == dependency.ProjectId, cancellationToken);
        return project is null ? null : new DependencyLookup(dependency, project);
    }

    /// <summary>The numbers of the dependency's two tasks, for their keys.</summary>
    public async Task<Dictionary<Guid, int>> NumbersAsync(ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var ids = new[] { Dependency.PredecessorId, Dependency.SuccessorId };
        return await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
    }
}
