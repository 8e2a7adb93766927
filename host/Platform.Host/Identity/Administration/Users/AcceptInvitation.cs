using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Execution;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>An invited user's first password.</summary>
/// <param name="UserId">The invited user's id, from the invitation.</param>
/// <param name="Token">The invitation token.</param>
/// <param name="Password">The password the user chose.</param>
public sealed record AcceptInvitationRequest(Guid UserId, string Token, string Password);

/// <summary>Anonymous on purpose: the invitation token is the credential. It works once and only until it expires.</summary>
internal static class AcceptInvitation
{
    public static async Task<Results<NoContent, ValidationProblem>> Handle(
        AcceptInvitationRequest request, UserAccounts accounts, UserManager<PlatformUser> users, AuditTrail audit, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        // One answer for every failure, so the endpoint tells nothing about which users exist.
        if (user is null || !user.IsActive || await users.HasPasswordAsync(user) || string.IsNullOrEmpty(request.Token) ||
            !await users.VerifyUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose, request.Token))
        {
            return new ValidationErrors().Add("token", "The invitation is invalid, expired or already used.").ToProblem();
        }

        if (await accounts.SetPasswordAsync(user, request.Password ?? "", cancellationToken) is { } errors)
        {
            return errors.ToProblem();
        }

        await audit.RecordAsync("user", user.Id.ToString(), "invitation-accepted", new { user.Email },
            new Actor(ActorKind.User, user.Id.ToString(), user.DisplayName), cancellationToken);
        return TypedResults.NoContent();
    }
}
