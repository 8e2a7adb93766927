using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Clients;

internal static class ListClients
{
    private static readonly SortFields<OpenIddictEntityFrameworkCoreApplication<Guid>> Sorting = new SortFields<OpenIddictEntityFrameworkCoreApplication<Guid>>()
        .Add("clientId", a => a.ClientId)
        .Add("displayName", a => a.DisplayName)
        .Add("id", a => a.Id);

    public static async Task<Results<Ok<PagedResult<ClientDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, string? search, string? sort, PlatformIdentityDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(string.IsNullOrWhiteSpace(sort) ? "clientId" : sort, errors);
        errors.Require(search is null || search.Length <= 200, "search", "search must be at most 200 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Set<OpenIddictEntityFrameworkCoreApplication<Guid>>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().ToUpperInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(a => EF.Functions.Like(a.ClientId!.ToUpper(), pattern, "\\") || EF.Functions.Like(a.DisplayName!.ToUpper(), pattern, "\\"));
        }

        return TypedResults.Ok(await Sorting.Apply(query, sortKeys, "id").ToPagedResultAsync(paging, ClientDto.From, cancellationToken));
    }
}
