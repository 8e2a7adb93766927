using Platform.Modules.Projects.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>Validation of milestone input.</summary>
internal static class MilestoneRules
{
    public const int MaxLinkedTasks = 1000;

    public static void ValidateFields(string? name, DateOnly? date, string? description, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(name), "name", "name is required.");
        errors.Require((name?.Trim().Length ?? 0) <= Milestone.NameMaxLength, "name", $"name has at most {Milestone.NameMaxLength} characters.");
        errors.Require((description?.Length ?? 0) <= Milestone.DescriptionMaxLength, "description", $"description has at most {Milestone.DescriptionMaxLength} characters.");
        errors.Require(date is not null, "date", "date is required (yyyy-MM-dd).");
    }

    public static void ValidateTaskIds(IReadOnlyList<Guid>? taskIds, ValidationErrors errors)
    {
        if (taskIds is null)
        {
            return;
        }

        errors.Require(taskIds.Count <= MaxLinkedTasks, "taskIds", $"At most {MaxLinkedTasks} tasks per milestone.");
        errors.Require(taskIds.Distinct().Count() == taskIds.Count, "taskIds", "A task is listed twice.");
    }

    /// <summary>Adds an error naming the ids that are not tasks of the project.</summary>
    public static void RequireKnown(IReadOnlyCollection<Guid> requested, IReadOnlySet<Guid> found, ValidationErrors errors)
    {
        var unknown = requested.Where(id => !found.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("taskIds", $"Not tasks of this project: {string.Join(", ", unknown.Take(10))}{(unknown.Count > 10 ? " …" : "")}.");
        }
    }
}
