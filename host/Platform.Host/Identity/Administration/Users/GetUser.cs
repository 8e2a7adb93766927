using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

internal static class GetUser
{
    public static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Handle(Guid id, PlatformIdentityDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return ApiProblems.NotFound("User", id);
        }

        Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await UserDto.LoadAsync(db, user, cancellationToken));
    }
}
