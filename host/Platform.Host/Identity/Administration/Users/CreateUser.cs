using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>A new user.</summary>
/// <param name="Email">Sign-in name and email address; unique.</param>
/// <param name="DisplayName">How the platform shows the user.</param>
/// <param name="Roles">Role names; when omitted the user gets the Employee role, an empty list assigns none.</param>
/// <param name="Password">An initial password. Without one the user is invited: the response carries a one-time set-password token.</param>
public sealed record CreateUserRequest(string Email, string DisplayName, IReadOnlyList<string>? Roles = null, string? Password = null);

/// <summary>An invitation to set a first password; the token works once and is shown only in this response.</summary>
/// <param name="UserId">The invited user.</param>
/// <param name="Token">Send it with the user id and the chosen password to <c>POST /api/platform/invitations/accept</c>.</param>
/// <param name="ExpiresAt">After this the token is refused; issue a new invitation.</param>
public sealed record InvitationDto(Guid UserId, string Token, DateTimeOffset ExpiresAt);

/// <summary>The created user, and the invitation when no password was given.</summary>
public sealed record CreatedUserDto(UserDto User, InvitationDto? Invitation);

internal static class CreateUser
{
    public static async Task<Results<Created<CreatedUserDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateUserRequest request, UserAccounts accounts, UserManager<PlatformUser> users, InvitationTokens invitations,
        PlatformIdentityDbContext db, AuditTrail audit, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var roles = request.Roles ?? [BuiltInRoles.Employee];
        var outcome = await accounts.CreateAsync(request.Email, request.DisplayName, roles, request.Password, cancellationToken);
        if (outcome.Errors is { } errors)
        {
            return errors.ToProblem();
        }

        if (outcome.Conflict is { } conflict)
        {
            return ApiProblems.Conflict(conflict, "Emails are unique; open the existing user instead.");
        }

        var user = outcome.User!;
        var invitation = request.Password is null ? await InviteAsync(user, users, invitations, time) : null;
        var dto = await UserDto.LoadAsync(db, user, cancellationToken);
        await audit.RecordAsync("user", user.Id.ToString(), "created", new { dto.Email, dto.DisplayName, dto.Roles, Invited = invitation is not null }, cancellationToken: cancellationToken);
        Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
        if (invitation is not null)
        {
            response.Headers.CacheControl = "no-store"; // the body carries the invitation token
        }

        return TypedResults.Created($"/api/platform/users/{user.Id}", new CreatedUserDto(dto, invitation));
    }

    public static async Task<InvitationDto> InviteAsync(PlatformUser user, UserManager<PlatformUser> users, InvitationTokens invitations, TimeProvider time)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose);
        return new InvitationDto(user.Id, token, time.GetUtcNow() + invitations.Lifetime);
    }
}
