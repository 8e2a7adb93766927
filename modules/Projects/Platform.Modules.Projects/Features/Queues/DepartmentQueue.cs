using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Queues;

/// <summary>
/// A department's queue: the tasks assigned to the department itself (anyone there may pick one up), across the
/// projects the caller can see (and the tasks delegated to the caller's own departments). By default the open ones.
/// </summary>
internal static class DepartmentQueue
{
    public static async Task<Results<Ok<PagedResult<TaskDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid departmentId, int? page, int? pageSize, string? category, DateOnly? dueBefore, DateOnly? dueAfter, string? q, string? sort,
        ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = TaskListing.Sorting.Parse(sort, errors);
        var categories = category is null ? [TaskStatusCategory.ToDo, TaskStatusCategory.InProgress] : TaskListing.ParseCategories(category, errors);
        errors.Require(dueBefore is null || dueAfter is null || dueAfter <= dueBefore, "dueAfter", "dueAfter must not be after dueBefore.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!people.HasDepartments || await people.FindDepartmentAsync(departmentId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("Department", departmentId);
        }

        var query = access.Tasks(db)
            .Where(t => t.Assignees.Any(a => a.Kind == AssigneeKind.Department && a.PrincipalId == departmentId))
            .InCategories(db, categories).DueBetween(dueAfter, dueBefore).Matching(q);
        var order = sortKeys.Count > 0 ? sortKeys : [new SortKey("dueDate", false)];
        return TypedResults.Ok(await TaskListing.PageAsync(query, order, "id", paging, cancellationToken));
    }
}
