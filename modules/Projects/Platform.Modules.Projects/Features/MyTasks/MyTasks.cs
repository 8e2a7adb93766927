using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.MyTasks;

/// <summary>
/// The caller's work across every project they can see: tasks assigned to them in person or to the queue of their
/// department (or a department above it). By default the open ones (To do and In progress categories).
/// </summary>
internal static class MyTasks
{
    public static async Task<Results<Ok<PagedResult<TaskDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, string? category, DateOnly? dueBefore, DateOnly? dueAfter, string? q, string? sort,
        ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = TaskListing.Sorting.Parse(sort, errors);
        var categories = category is null ? [Domain.TaskStatusCategory.ToDo, Domain.TaskStatusCategory.InProgress] : TaskListing.ParseCategories(category, errors);
        errors.Require(dueBefore is null || dueAfter is null || dueAfter <= dueBefore, "dueAfter", "dueAfter must not be after dueBefore.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = access.Tasks(db).AssignedTo(access).InCategories(db, categories).DueBetween(dueAfter, dueBefore).Matching(q);
        var order = sortKeys.Count > 0 ? sortKeys : [new SortKey("dueDate", false)];
        return TypedResults.Ok(await TaskListing.PageAsync(query, order, "id", paging, cancellationToken));
    }
}
