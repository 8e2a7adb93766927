using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Filters and sorting shared by the task lists (a project's tasks, my tasks, a department's queue).</summary>
internal static class TaskListing
{
    public static readonly SortFields<ProjectTask> Sorting = new SortFields<ProjectTask>()
        .Add("number", t => t.Number)
        .Add("title", t => t.Title)
        .Add("status", t => t.Status)
        .Add("priority", t => t.Priority)
        .Add("startDate", t => t.StartDate)
        .Add("dueDate", t => t.DueDate)
        .Add("progress", t => t.Progress)
        .Add("boardOrder", t => t.BoardOrder)
        .Add("createdAt", t => t.Id) // GUID v7 ids follow creation order
        .Add("updatedAt", t => t.UpdatedAt)
        .Add("id", t => t.Id);

    /// <summary>Parses <c>category=ToDo,InProgress</c>; <c>all</c> (or nothing) is every category.</summary>
    public static IReadOnlyList<TaskStatusCategory>? ParseCategories(string? categories, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(categories) || categories.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parsed = new List<TaskStatusCategory>();
        foreach (var part in categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<TaskStatusCategory>(part, ignoreCase: true, out var category) && Enum.IsDefined(category))
            {
                parsed.Add(category);
            }
            else
            {
                errors.Add("category", $"'{part}' is not a status category. Valid: {string.Join(", ", Enum.GetNames<TaskStatusCategory>())}, all.");
            }
        }

        return parsed;
    }

    public static IQueryable<ProjectTask> InCategories(this IQueryable<ProjectTask> query, ProjectsDbContext db, IReadOnlyList<TaskStatusCategory>? categories) =>
        categories is null ? query : query.Where(t => db.Statuses.Any(s => s.ProjectId == t.ProjectId && s.Key == t.Status && categories.Contains(s.Category)));

    public static IQueryable<ProjectTask> DueBetween(this IQueryable<ProjectTask> query, DateOnly? dueAfter, DateOnly? dueBefore)
    {
        if (dueBefore is { } before)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate <= before);
        }

        if (dueAfter is { } after)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate >= after);
        }

        return query;
    }

    /// <summary>Title or description contains the text, ignoring case.</summary>
    public static IQueryable<ProjectTask> Matching(this IQueryable<ProjectTask> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return query;
        }

        var text = q.Trim().ToLowerInvariant();
        return query.Where(t => t.Title.ToLower().Contains(text) || (t.Description != null && t.Description.ToLower().Contains(text)));
    }

    public static async Task<PagedResult<TaskDto>> PageAsync(
        IQueryable<ProjectTask> query, IReadOnlyList<SortKey> sortKeys, string tieBreaker, PageRequest paging, CancellationToken cancellationToken) =>
        await Sorting.Apply(query.AsNoTracking().WithDetails(), sortKeys, tieBreaker).ToPagedResultAsync(paging, TaskDto.From, cancellationToken);
}
