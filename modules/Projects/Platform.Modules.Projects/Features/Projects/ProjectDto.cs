using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>A project as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record ProjectDto(
    Guid Id,
    string Key,
    string Name,
    string? Description,
    ProjectStatus Status,
    ProjectVisibility Visibility,
    Guid? OwnerId,
    DateOnly? StartDate,
    DateOnly? TargetDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static ProjectDto From(Project p) =>
        new(p.Id, p.Key, p.Name, p.Description, p.Status, p.Visibility, p.OwnerId, p.StartDate, p.TargetDate, p.CreatedAt, p.UpdatedAt, p.Version);
}

/// <summary>The editable fields of a project, shared by create and update.</summary>
public sealed record ProjectFields(string Name, string? Description, ProjectStatus? Status, DateOnly? StartDate, DateOnly? TargetDate, ProjectVisibility? Visibility);

internal static class ProjectRules
{
    public static void Validate(ProjectFields fields, Platform.Sdk.Http.ValidationErrors errors)
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
        project.StartDate = fields.StartDate;
        project.TargetDate = fields.TargetDate;
    }
}
