using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

internal static class ReactivateUser
{
    public static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Handle(
        Guid id, UserManager<PlatformUser> users, PlatformIdentityDbContext db, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("User", id);
        }

        if (!user.IsActive)
        {
            user.IsActive = true;
            if (AdministrationProblems.FromIdentity(await users.UpdateAsync(user)) is { } problem)
            {
                return problem;
            }

            await audit.RecordAsync("user", user.Id.ToString(), "reactivated", new { user.Email }, cancellationToken: cancellationToken);
        }

        Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await UserDto.LoadAsync(db, user, cancellationToken));
    }
}
