using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Dependencies;

/// <summary>Ordered by id: ids are time-ordered (GUID v7), so this is the order they were added in.</summary>
internal static class ListDependencies
{
    public static async Task<Results<Ok<PagedResult<DependencyDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, Guid? taskId, int? page, int? pageSize, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var query = db.Dependencies.AsNoTracking().Where(d => d.ProjectId == projectId);
        if (taskId is { } task)
        {
            query = query.Where(d => d.PredecessorId == task || d.SuccessorId == task);
        }

        var rows = await query.OrderBy(d => d.Id).ToPagedResultAsync(paging, d => d, cancellationToken);
        var ids = rows.Items.SelectMany(d => new[] { d.PredecessorId, d.SuccessorId }).Distinct().ToList();
        var numbers = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
        return TypedResults.Ok(new PagedResult<DependencyDto>(
            rows.Items.Select(d => DependencyDto.From(d, project.Key, numbers)).ToList(), rows.Page, rows.PageSize, rows.TotalCount));
    }
}
