using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

internal static class GetProject
{
    public static async Task<Results<Ok<ProjectDto>, ProblemHttpResult>> Handle(
        Guid id, ProjectsDbContext db, ProjectAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", id);
        }

        Preconditions.SetETag(response, project.Version);
        return TypedResults.Ok(ProjectDto.From(project));
    }
}
