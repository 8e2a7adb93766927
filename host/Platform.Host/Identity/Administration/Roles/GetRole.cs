using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

internal static class GetRole
{
    public static async Task<Results<Ok<RoleDto>, ProblemHttpResult>> Handle(Guid id, PlatformIdentityDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (role is null)
        {
            return ApiProblems.NotFound("Role", id);
        }

        Preconditions.SetETag(response, role.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await RoleDto.LoadAsync(db, role, cancellationToken));
    }
}
