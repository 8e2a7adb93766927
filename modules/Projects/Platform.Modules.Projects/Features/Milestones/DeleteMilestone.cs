using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

internal static class DeleteMilestone
{
    /// <summary>Deletes the milestone; its tasks stay, unlinked.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        if (await VisibleMilestones.FindAsync(access, db, id, cancellationToken) is not { } found)
        {
            return ApiProblems.NotFound("Milestone", id);
        }

        var (milestone, project) = found;

        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(httpRequest, milestone.Version) is { } failed)
        {
            return failed;
        }

        var now = time.GetUtcNow();
        foreach (var task in await db.Tasks.Where(t => t.MilestoneId == id).ToListAsync(cancellationToken))
        {
            task.MilestoneId = null;
            task.UpdatedAt = now;
        }

        db.Milestones.Remove(milestone);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
