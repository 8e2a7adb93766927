using Platform.Modules.Projects.Domain;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>A project as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record ProjectDto(
    Guid Id,
    string Key,
    string Name,
    string? Description,
    ProjectStatus Status,
    ProjectVisibility Visibility,
    Guid? DepartmentId,
    Guid? OwnerId,
    DateOnly? StartDate,
    DateOnly? TargetDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static ProjectDto From(Project p) =>
        new(p.Id, p.Key, p.Name, p.Description, p.Status, p.Visibility, p.DepartmentId, p.OwnerId, p.StartDate, p.TargetDate, p.CreatedAt, p.UpdatedAt, p.Version);
}

/// <summary>The editable fields of a project, shared by create and update.</summary>
public sealed record ProjectFields(string Name, string? Description, ProjectStatus? Status, DateOnly? StartDate, DateOnly? TargetDate, ProjectVisibility? Visibility, Guid? DepartmentId);

internal static class ProjectRules
{
    /// <summary>Checks the fields; a department must exist in the directory (which must know departments).</summary>
    public static async Task ValidateAsync(ProjectFields fields, IPeopleDirectory people, ValidationErrors errors, CancellationToken cancellationToken)
    {
        Validate(fields, errors);
        if (fields.Visibility == ProjectVisibility.Department)
        {
            if (!people.HasDepartments)
            {
                errors.Add("visibility", "Department visibility needs a directory that knows departments (install the HR module); use Company or Private.");
            }
            else if (fields.DepartmentId is not { } departmentId)
            {
                errors.Add("departmentId", "departmentId is required when visibility is Department.");
            }
            else if (await people.FindDepartmentAsync(departmentId, cancellationToken) is null)
            {
                errors.Add("departmentId", $"There is no department {departmentId}.");
            }
        }
    }

    private static void Validate(ProjectFields fields, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(fields.Name), "name", "name is required.");
        errors.Require(fields.Name is null || fields.Name.Length <= Project.NameMaxLength, "name", $"name must be at most {Project.NameMaxLength} characters.");
        errors.Require(fields.Description is null || fields.Description.Length <= Project.DescriptionMaxLength, "description", $"description must be at most {Project.DescriptionMaxLength} characters.");
        errors.Require(fields.StartDate is null || fields.TargetDate is null || fields.StartDate <= fields.TargetDate, "targetDate", "targetDate must not be before startDate.");
    }

    public static void Apply(ProjectFields fields, Project project)
    {
        project.Name = fields.Name.Trim();
        project.Description = fields.Description;
        project.Status = fields.Status ?? project.Status;
        project.Visibility = fields.Visibility ?? project.Visibility;
        project.DepartmentId = project.Visibility == ProjectVisibility.Department ? fields.DepartmentId ?? project.DepartmentId : null;
        project.StartDate = fields.StartDate;
        project.TargetDate = fields.TargetDate;
    }
}
