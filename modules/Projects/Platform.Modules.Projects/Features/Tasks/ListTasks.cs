using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using TaskStatus = Platform.Modules.Projects.Domain.TaskStatus;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Filters of the task list; all optional and combined with AND.</summary>
public sealed record TaskFilter(TaskStatus? Status, TaskPriority? Priority, string? Assignee, DateOnly? DueBefore, DateOnly? DueAfter, string? Q, string? Sort);

internal static class ListTasks
{
    private static readonly string[] SortFields = ["number", "title", "status", "priority", "dueDate", "createdAt", "updatedAt"];

    public static async Task<Results<Ok<PagedResult<TaskDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, [AsParameters] PageRequest paging, [AsParameters] TaskFilter filter, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = SortRequest.Parse(filter.Sort, SortFields, errors);
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

        var total = await query.LongCountAsync(cancellationToken);
        var items = await Sort(query, sortKeys)
            .Skip((paging.EffectivePage - 1) * paging.EffectivePageSize)
            .Take(paging.EffectivePageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<TaskDto>(items.Select(TaskDto.From).ToList(), paging.EffectivePage, paging.EffectivePageSize, total));
    }

    private static IQueryable<ProjectTask> Sort(IQueryable<ProjectTask> query, IReadOnlyList<SortKey> keys)
    {
        IOrderedQueryable<ProjectTask>? ordered = null;
        foreach (var key in keys.Append(new SortKey("number", false)))
        {
            ordered = key.Field switch
            {
                "title" => Then(ordered, query, t => t.Title, key.Descending),
                "status" => Then(ordered, query, t => t.Status, key.Descending),
                "priority" => Then(ordered, query, t => t.Priority, key.Descending),
                "dueDate" => Then(ordered, query, t => t.DueDate, key.Descending),
                "createdAt" => Then(ordered, query, t => t.Id, key.Descending), // GUID v7 ids follow creation order
                "updatedAt" => Then(ordered, query, t => t.UpdatedAt, key.Descending),
                _ => Then(ordered, query, t => t.Number, key.Descending),
            };
        }

        return ordered!;
    }

    private static IOrderedQueryable<ProjectTask> Then<TKey>(
        IOrderedQueryable<ProjectTask>? ordered, IQueryable<ProjectTask> query, Expression<Func<ProjectTask, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? query.OrderByDescending(key) : query.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}
