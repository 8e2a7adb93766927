using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>A project's tasks, filtered, sorted and paged.</summary>
internal static class ListTasks
{
    public static async Task<Results<Ok<PagedResult<TaskDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId,
        int? page,
        int? pageSize,
        string? status,
        TaskPriority? priority,
        string? assignee,
        string? label,
        Guid? milestoneId,
        Guid? parentId,
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
        var sortKeys = TaskListing.Sorting.Parse(sort, errors);
        errors.Require(dueBefore is null || dueAfter is null || dueAfter <= dueBefore, "dueAfter", "dueAfter must not be after dueBefore.");
        Guid? assigneeId = null;
        if (!string.IsNullOrWhiteSpace(assignee) && assignee is not ("me" or "none"))
        {
            errors.Require(Guid.TryParse(assignee, out var parsed), "assignee", "assignee is a person or department id, 'me' or 'none'.");
            assigneeId = parsed;
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var query = db.Tasks.Where(t => t.ProjectId == projectId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            var keys = status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var valid = await db.Statuses.Where(s => s.ProjectId == projectId).OrderBy(s => s.Position).Select(s => s.Key).ToListAsync(cancellationToken);
            foreach (var unknown in keys.Where(k => !valid.Contains(k)))
            {
                errors.Add("status", $"'{unknown}' is not a status of this project. Valid: {string.Join(", ", valid)}.");
            }

            if (errors.Any)
            {
                return errors.ToProblem();
            }

            query = query.Where(t => keys.Contains(t.Status));
        }

        if (priority is { } wantedPriority)
        {
            query = query.Where(t => t.Priority == wantedPriority);
        }

        query = assignee switch
        {
            "none" => query.Where(t => !t.Assignees.Any()),
            "me" => query.AssignedTo(access),
            _ when assigneeId is { } principal => query.Where(t => t.Assignees.Any(a => a.PrincipalId == principal)),
            _ => query,
        };

        if (!string.IsNullOrWhiteSpace(label))
        {
            var wanted = label.Trim().ToLowerInvariant();
            query = query.Where(t => t.Labels.Any(l => l.Label.ToLower() == wanted));
        }

        if (milestoneId is { } milestone)
        {
            query = query.Where(t => t.MilestoneId == milestone);
        }

        if (parentId is { } parent)
        {
            query = query.Where(t => t.ParentId == parent);
        }

        query = query.DueBetween(dueAfter, dueBefore).Matching(q);
        return TypedResults.Ok(await TaskListing.PageAsync(query, sortKeys, "number", paging, cancellationToken));
    }

    /// <summary>Tasks assigned to the caller in person or to the queue of a department they belong to.</summary>
    public static IQueryable<ProjectTask> AssignedTo(this IQueryable<ProjectTask> query, ProjectAccess access)
    {
        if (access.UserId is not { } userId)
        {
            return query.Where(t => false);
        }

        var departments = access.Departments.ToArray();
        return query.Where(t => t.Assignees.Any(a =>
            (a.Kind == AssigneeKind.Person && a.PrincipalId == userId) || (a.Kind == AssigneeKind.Department && departments.Contains(a.PrincipalId))));
    }
}
