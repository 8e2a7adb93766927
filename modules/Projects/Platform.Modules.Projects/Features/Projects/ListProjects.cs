using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Projects;

internal static class ListProjects
{
    private static readonly string[] SortFields = ["key", "name", "status", "startDate", "targetDate", "createdAt", "updatedAt"];

    public static async Task<Results<Ok<PagedResult<ProjectDto>>, ValidationProblem>> Handle(
        [AsParameters] PageRequest paging, ProjectStatus? status, string? q, string? sort, ProjectsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = SortRequest.Parse(sort, SortFields, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Projects.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
            query = query.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern) || EF.Functions.Like(p.Key.ToLower(), pattern));
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await Sort(query, sortKeys)
            .Skip((paging.EffectivePage - 1) * paging.EffectivePageSize)
            .Take(paging.EffectivePageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ProjectDto>(items.Select(ProjectDto.From).ToList(), paging.EffectivePage, paging.EffectivePageSize, total));
    }

    private static IQueryable<Project> Sort(IQueryable<Project> query, IReadOnlyList<SortKey> keys)
    {
        IOrderedQueryable<Project>? ordered = null;
        foreach (var key in keys.Append(new SortKey("key", false)))
        {
            ordered = key.Field switch
            {
                "name" => Then(ordered, query, p => p.Name, key.Descending),
                "status" => Then(ordered, query, p => p.Status, key.Descending),
                "startDate" => Then(ordered, query, p => p.StartDate, key.Descending),
                "targetDate" => Then(ordered, query, p => p.TargetDate, key.Descending),
                "createdAt" => Then(ordered, query, p => p.Id, key.Descending), // GUID v7 ids follow creation order
                "updatedAt" => Then(ordered, query, p => p.UpdatedAt, key.Descending),
                _ => Then(ordered, query, p => p.Key, key.Descending),
            };
        }

        return ordered!;
    }

    private static IOrderedQueryable<Project> Then<TKey>(
        IOrderedQueryable<Project>? ordered, IQueryable<Project> query, System.Linq.Expressions.Expression<Func<Project, TKey>> key, bool descending) =>
        ordered is null
            ? descending ? query.OrderByDescending(key) : query.OrderBy(key)
            : descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}
