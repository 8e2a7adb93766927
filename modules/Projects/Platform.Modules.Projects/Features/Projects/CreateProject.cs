using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>A new project; <see cref="Visibility"/> defaults to <see cref="ProjectVisibility.Company"/>.</summary>
public sealed record CreateProjectRequest(string Key, string Name, string? Description = null, ProjectStatus? Status = null, DateOnly? StartDate = null, DateOnly? TargetDate = null, ProjectVisibility? Visibility = null, Guid? DepartmentId = null);

internal static partial class CreateProject
{
    public static async Task<Results<Created<ProjectDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateProjectRequest request, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.Key is not null && KeyPattern().IsMatch(request.Key), "key",
            $"key must be 2-{Project.KeyMaxLength} upper-case letters or digits, starting with a letter (e.g. WEB).");
        var fields = new ProjectFields(request.Name, request.Description, request.Status, request.StartDate, request.TargetDate, request.Visibility, request.DepartmentId);
        await ProjectRules.ValidateAsync(fields, people, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Projects.AnyAsync(p => p.Key == request.Key, cancellationToken))
        {
            return ApiProblems.Conflict($"A project with key '{request.Key}' already exists.", "Project keys are unique; choose another key.");
        }

        var now = time.GetUtcNow();
        var project = new Project
        {
            Id = Guid.CreateVersion7(now), Key = request.Key!, Status = ProjectStatus.Planned, Visibility = ProjectVisibility.Company,
            OwnerId = access.UserId, CreatedAt = now, UpdatedAt = now,
        };
        ProjectRules.Apply(fields, project);
        db.Projects.Add(project);
        db.Statuses.AddRange(TaskStatusDefinition.Defaults(project.Id));
        if (access.UserId is { } owner)
        {
            db.Members.Add(new ProjectMember { ProjectId = project.Id, UserId = owner, Role = ProjectRole.Manager, AddedAt = now });
        }

        db.PublishEvent(new ProjectCreated(project.Id, project.Key, project.Name, project.Status.ToString(), project.StartDate, project.TargetDate));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, project.Version);
        return TypedResults.Created($"/api/projects/projects/{project.Id}", ProjectDto.From(project));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}$")]
    private static partial Regex KeyPattern();
}
