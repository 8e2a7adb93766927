using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>Issues a fresh invitation to a user who has not set a password yet; earlier invitations stop working.</summary>
internal static class InviteUser
{
    public static async Task<Results<Ok<InvitationDto>, ProblemHttpResult>> Handle(
        Guid id, UserManager<PlatformUser> users, InvitationTokens invitations, AuditTrail audit, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("User", id);
        }

        if (await users.HasPasswordAsync(user))
        {
            return ApiProblems.Conflict("The user already has a password.", "Reset the password instead of inviting the user again.");
        }

        // A new security stamp voids every earlier token of this user.
        if (AdministrationProblems.FromIdentity(await users.UpdateSecurityStampAsync(user)) is { } problem)
        {
            return problem;
        }

        var invitation = await CreateUser.InviteAsync(user, users, invitations, time);
        await audit.RecordAsync("user", user.Id.ToString(), "invited", new { user.Email }, cancellationToken: cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(invitation);
    }
}
