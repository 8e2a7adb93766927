using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

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
        Guid projectId,
        int? page,
        int? pageSize,
        string? status,
        TaskPriority? priority,
        string? assignee,
        DateOnly? dueBefore,
        DateOnly? dueAfter,
        string? q,
        string? sort,
        ProjectsDbContext db,
        ProjectAccess access,
        CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        errors.Require(dueBefore is null || dueAfter is null || dueAfter <= dueBefore, "dueAfter", "dueAfter must not be after dueBefore.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var query = db.Tasks.AsNoTracking().Where(t => t.ProjectId == projectId);
        if (status is { } wantedStatus)
        {
            query = query.Where(t => t.Status == wantedStatus);
        }

        if (priority is { } wantedPriority)
        {
            query = query.Where(t => t.Priority == wantedPriority);
        }

        if (!string.IsNullOrWhiteSpace(assignee))
        {
            query = assignee == "none"
                ? query.Where(t => !t.Assignees.Any())
                : Guid.TryParse(assignee, out var assigneeId) ? query.Where(t => t.Assignees.Any(a => a.PrincipalId == assigneeId)) : query.Where(t => false);
        }

        if (dueBefore is { } before)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate <= before);
        }

        if (dueAfter is { } after)
        {
            query = query.Where(t => t.DueDate != null && t.DueDate >= after);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
            query = query.Where(t => EF.Functions.Like(t.Title.ToLower(), pattern) || (t.Description != null && EF.Functions.Like(t.Description.ToLower(), pattern)));
        }

        return TypedResults.Ok(await Sorting.Apply(query, sortKeys, "number").ToPagedResultAsync(paging, TaskDto.From, cancellationToken));
    }
}
