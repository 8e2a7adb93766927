using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

internal static class DeleteTask
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpRequest request, CancellationToken cancellationToken)
    {
        var task = await access.Tasks(db).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == task.ProjectId, cancellationToken);
        if (!await access.CanChangeTasksAsync(project, db, cancellationToken))
        {
            return ProjectProblems.CannotChangeTasks();
        }

        if (Preconditions.CheckIfMatch(request, task.Version) is { } failed)
        {
            return failed;
        }

        db.Tasks.Remove(task);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
