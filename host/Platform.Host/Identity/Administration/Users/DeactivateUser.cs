using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Execution;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

internal static class DeactivateUser
{
    public static async Task<Results<Ok<UserDto>, ProblemHttpResult>> Handle(
        Guid id, UserAccounts accounts, UserManager<PlatformUser> users, PlatformIdentityDbContext db, AdministratorGuard guard,
        IExecutionContext execution, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        if (execution.Actor is { Kind: ActorKind.User } actor && actor.Id == id.ToString())
        {
            return ApiProblems.Conflict("You cannot deactivate yourself.", "Ask another administrator to deactivate your account.");
        }

        using (await guard.LockAsync(cancellationToken))
        {
            var user = await users.FindByIdAsync(id.ToString());
            if (user is null)
            {
                return ApiProblems.NotFound("User", id);
            }

            if (user.IsActive)
            {
                if (await users.IsInRoleAsync(user, Platform.Sdk.Security.BuiltInRoles.Administrator) &&
                    !await accounts.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
                {
                    return AdministrationProblems.LastAdministrator("deactivate");
                }

                // The security stamp update saves IsActive with it: cookies and refresh tokens stop at once.
                user.IsActive = false;
                var (tokens, authorizations) = await accounts.RevokeSessionsAsync(user, cancellationToken);
                await audit.RecordAsync("user", user.Id.ToString(), "deactivated",
                    new { user.Email, RevokedTokens = tokens, RevokedAuthorizations = authorizations }, cancellationToken: cancellationToken);
            }

            Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
            return TypedResults.Ok(await UserDto.LoadAsync(db, user, cancellationToken));
        }
    }
}
