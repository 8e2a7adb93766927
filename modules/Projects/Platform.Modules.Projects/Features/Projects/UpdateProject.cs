using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>The editable fields of a project; a null <see cref="Visibility"/> keeps the current one.</summary>
public sealed record UpdateProjectRequest(string Name, Domain.ProjectStatus Status, string? Description = null, DateOnly? StartDate = null, DateOnly? TargetDate = null, Domain.ProjectVisibility? Visibility = null);

internal static class UpdateProject
{
    public static async Task<Results<Ok<ProjectDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateProjectRequest request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var fields = new ProjectFields(request.Name, request.Description, request.Status, request.StartDate, request.TargetDate, request.Visibility);
        var errors = new ValidationErrors();
        ProjectRules.Validate(fields, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", id);
        }

        if (!await access.CanManageAsync(project, db, cancellationToken))
        {
            return ProjectProblems.NotAManager();
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
