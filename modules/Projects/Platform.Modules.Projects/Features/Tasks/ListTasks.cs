using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using TaskStatus = Platform.Modules.Projects.Domain.TaskStatus;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Filters of the task list; all optional and combined with AND.</summary>
public sealed record TaskFilter
{
    public TaskStatus? Status { get; init; }

    public TaskPriority? Priority { get; init; }

    /// <summary>An assignee id, or <c>none</c> for unassigned tasks.</summary>
    public string? Assignee { get; init; }

    public DateOnly? DueBefore { get; init; }

    public DateOnly? DueAfter { get; init; }

    /// <summary>Text searched in title and description.</summary>
    public string? Q { get; init; }

    /// <summary>Comma-separated fields, minus for descending.</summary>
    public string? Sort { get; init; }
}

internal static class ListTasks
{
    private static readonly SortFields<ProjectTask> Sorting = new SortFields<ProjectTask>()
        .Add("number", t => t.Number)
        .Add("title", t => t.Title)
        .Add("status", t => t.Status)
        .Add("priority", t => t.Priority)
        .Add("dueDate", t => t.DueDate)
        .Add("createdAt", t => t.Id) // GUID v7 ids follow creation order
        .Add("updatedAt", t => t.UpdatedAt);

    public static async Task<Results<Ok<PagedResult<TaskDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, [AsParameters] PageRequest paging, [AsParameters] TaskFilter filter, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(filter.Sort, errors);
        errors.Require(filter.DueBefore is null || filter.DueAfter is null || filter.DueAfter <= filter.DueBefore, "dueAfter", "dueAfter must not be after dueBefore.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var query = db.Tasks.AsNoTracking().Where(t => t.ProjectId == projectId);
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(t => t.Priority == priority);
        }

        if (!string.IsNullOrWhiteSpace(filter.Assignee))
        {
            query = filter.Assignee == "none" ? query.Where(t => t.AssigneeId == null) : query.Where(t => t.AssigneeId == filter.Assignee);
        }

        if (filter.DueBefore is { } before)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate <= before);
        }

        if (filter.DueAfter is { } after)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate >= after);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = $"%{filter.Q.Trim().ToLowerInvariant()}%";
            query = query.Where(t => EF.Functions.Like(t.Title.ToLower(), pattern) || (t.Description != null && EF.Functions.Like(t.Description.ToLower(), pattern)));
        }

        return TypedResults.Ok(await Sorting.Apply(query, sortKeys, "number").ToPagedResultAsync(paging, TaskDto.From, cancellationToken));
    }
}
