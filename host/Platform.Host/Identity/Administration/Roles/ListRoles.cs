using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

internal static class ListRoles
{
    private static readonly SortFields<PlatformRole> Sorting = new SortFields<PlatformRole>()
        .Add("name", r => r.NormalizedName)
        .Add("id", r => r.Id);

    public static async Task<Results<Ok<PagedResult<RoleDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, string? sort, PlatformIdentityDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(string.IsNullOrWhiteSpace(sort) ? "name" : sort, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var result = await Sorting.Apply(db.Roles.AsNoTracking(), sortKeys, "id").ToPagedResultAsync(paging, r => r, cancellationToken);
        return TypedResults.Ok(new PagedResult<RoleDto>(await RoleDto.LoadAsync(db, result.Items, cancellationToken), result.Page, result.PageSize, result.TotalCount));
    }
}
