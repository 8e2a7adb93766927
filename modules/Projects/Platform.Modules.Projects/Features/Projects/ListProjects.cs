using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

internal static class ListProjects
{
    private static readonly SortFields<Project> Sorting = new SortFields<Project>()
        .Add("key", p => p.Key)
        .Add("name", p => p.Name)
        .Add("status", p => p.Status)
        .Add("startDate", p => p.StartDate)
        .Add("targetDate", p => p.TargetDate)
        .Add("createdAt", p => p.Id) // GUID v7 ids follow creation order
        .Add("updatedAt", p => p.UpdatedAt);

    public static async Task<Results<Ok<PagedResult<ProjectDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, ProjectStatus? status, ProjectVisibility? visibility, string? q, string? sort, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = access.Projects(db).AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (visibility is { } v)
        {
            query = query.Where(p => p.Visibility == v);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
            query = query.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern) || EF.Functions.Like(p.Key.ToLower(), pattern));
        }

        return TypedResults.Ok(await Sorting.Apply(query, sortKeys, "key").ToPagedResultAsync(paging, ProjectDto.From, cancellationToken));
    }
}
