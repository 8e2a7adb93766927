using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

internal static class GetTask
{
    public static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        var task = await access.Tasks(db).AsNoTracking().WithDetails().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return ApiProblems.NotFound("Task", id);
        }

        Preconditions.SetETag(response, task.Version);
        return TypedResults.Ok(TaskDto.From(task));
    }
}
