using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

public sealed record UpdateProjectRequest(string Name, Domain.ProjectStatus Status, string? Description = null, DateOnly? StartDate = null, DateOnly? TargetDate = null);

internal static class UpdateProject
{
    public static async Task<Results<Ok<ProjectDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateProjectRequest request, ProjectsDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var fields = new ProjectFields(request.Name, request.Description, request.Status, request.StartDate, request.TargetDate);
        var errors = new ValidationErrors();
        ProjectRules.Validate(fields, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, project.Version) is { } failed)
        {
            return failed;
        }

        ProjectRules.Apply(fields, project);
        if (db.Entry(project).State == EntityState.Modified || db.ChangeTracker.HasChanges())
        {
            project.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, project.Version);
        return TypedResults.Ok(ProjectDto.From(project));
    }
}
