using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

internal static class DeleteProject
{
    /// <summary>Deletes the project and its tasks in one transaction.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpRequest request, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", id);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
        }

        if (Preconditions.CheckIfMatch(request, project.Version) is { } failed)
        {
            return failed;
        }

        // Loading the tasks lets the audit trail record each deletion, not just the project's.
        db.Dependencies.RemoveRange(await db.Dependencies.Where(d => d.ProjectId == id).ToListAsync(cancellationToken));
        db.Tasks.RemoveRange(await db.Tasks.Where(t => t.ProjectId == id).ToListAsync(cancellationToken));
        db.Members.RemoveRange(await db.Members.Where(m => m.ProjectId == id).ToListAsync(cancellationToken));
        db.Projects.Remove(project);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
