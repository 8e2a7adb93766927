using Platform.Modules.Projects.Domain;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>A task as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record TaskDto(
    Guid Id,
    Guid ProjectId,
    int Number,
    string Title,
    string? Description,
    string Status,
    TaskPriority Priority,
    DateOnly? StartDate,
    DateOnly? DueDate,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static TaskDto From(ProjectTask t) =>
        new(t.Id, t.ProjectId, t.Number, t.Title, t.Description, t.Status, t.Priority, t.StartDate, t.DueDate, t.CompletedAt, t.CreatedAt, t.UpdatedAt, t.Version);
}

/// <summary>The editable fields of a task, shared by create and update.</summary>
public sealed record TaskFields(string Title, string? Description, string? Status, TaskPriority? Priority, DateOnly? StartDate, DateOnly? DueDate);

internal static class TaskRules
{
    public static void Validate(TaskFields fields, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(fields.Title), "title", "title is required.");
        errors.Require(fields.Title is null || fields.Title.Length <= ProjectTask.TitleMaxLength, "title", $"title must be at most {ProjectTask.TitleMaxLength} characters.");
        errors.Require(fields.Description is null || fields.Description.Length <= ProjectTask.DescriptionMaxLength, "description", $"description must be at most {ProjectTask.DescriptionMaxLength} characters.");
        errors.Require(fields.StartDate is null || fields.DueDate is null || fields.StartDate <= fields.DueDate, "dueDate", "dueDate must not be before startDate.");
    }

    /// <summary>Applies the fields and returns the names of those that changed.</summary>
    public static List<string> Apply(TaskFields fields, ProjectTask task, DateTimeOffset now)
    {
        var changed = new List<string>();
        void Set<T>(string name, T current, T next, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                assign(next);
                changed.Add(name);
            }
        }

        Set("title", task.Title, fields.Title.Trim(), v => task.Title = v);
        Set("description", task.Description, fields.Description, v => task.Description = v);
        Set("status", task.Status, fields.Status ?? task.Status, v => task.Status = v);
        Set("priority", task.Priority, fields.Priority ?? task.Priority, v => task.Priority = v);
        Set("startDate", task.StartDate, fields.StartDate, v => task.StartDate = v);
        Set("dueDate", task.DueDate, fields.DueDate, v => task.DueDate = v);
        task.CompletedAt = task.Status == TaskStatusDefinition.DefaultDone ? task.CompletedAt ?? now : null;
        return changed;
    }
}
