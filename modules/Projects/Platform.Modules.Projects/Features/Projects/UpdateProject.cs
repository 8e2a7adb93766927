using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;
using Platform.Modules.Projects.Events;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>The editable fields of a project; a null <see cref="Visibility"/> keeps the current one.</summary>
public sealed record UpdateProjectRequest(string Name, Domain.ProjectStatus Status, string? Description = null, DateOnly? StartDate = null, DateOnly? TargetDate = null, Domain.ProjectVisibility? Visibility = null, Guid? DepartmentId = null);

internal static class UpdateProject
{
    public static async Task<Results<Ok<ProjectDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateProjectRequest request, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var fields = new ProjectFields(request.Name, request.Description, request.Status, request.StartDate, request.TargetDate, request.Visibility, request.DepartmentId);
        var errors = new ValidationErrors();
        await ProjectRules.ValidateAsync(fields with { Visibility = request.Visibility ?? Domain.ProjectVisibility.Company }, people, errors, cancellationToken);
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
        db.ChangeTracker.DetectChanges();
        var changed = db.Entry(project).Properties.Where(p => p.IsModified).Select(p => char.ToLowerInvariant(p.Metadata.Name[0]) + p.Metadata.Name[1..]).ToList();
        if (changed.Count > 0)
        {
            project.UpdatedAt = time.GetUtcNow();
            db.PublishEvent(new ProjectUpdated(project.Id, project.Key, project.Name, project.Status.ToString(), changed));
        }

        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, project.Version);
        return TypedResults.Ok(ProjectDto.From(project));
    }
}
