using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

internal static class ListUsers
{
    private static readonly SortFields<PlatformUser> Sorting = new SortFields<PlatformUser>()
        .Add("email", u => u.NormalizedEmail)
        .Add("displayName", u => u.DisplayName)
        .Add("createdAt", u => u.CreatedAt)
        .Add("lastSignInAt", u => u.LastSignInAt)
        .Add("id", u => u.Id);

    public static async Task<Results<Ok<PagedResult<UserDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, string? search, string? role, bool? active, string? sort,
        PlatformIdentityDbContext db, ILookupNormalizer normalizer, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(string.IsNullOrWhiteSpace(sort) ? "email" : sort, errors);
        errors.Require(search is null || search.Length <= 200, "search", "search must be at most 200 characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Normalized emails are upper-case; display names are compared upper-cased the same way on every provider.
            var pattern = $"%{EscapeLike(search.Trim().ToUpperInvariant())}%";
            query = query.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, "\\") || EF.Functions.Like(u.DisplayName.ToUpper(), pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            var normalizedRole = normalizer.NormalizeName(role.Trim());
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRole)));
        }

        if (active is { } isActive)
        {
            query = query.Where(u => u.IsActive == isActive);
        }

        var result = await Sorting.Apply(query, sortKeys, "id").ToPagedResultAsync(paging, u => u, cancellationToken);
        var roles = await UserDto.RolesOfAsync(db, [.. result.Items.Select(u => u.Id)], cancellationToken);
        return TypedResults.Ok(new PagedResult<UserDto>(
            [.. result.Items.Select(u => UserDto.From(u, [.. roles[u.Id]]))], result.Page, result.PageSize, result.TotalCount));
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
