using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>A password reset by an administrator.</summary>
/// <param name="Password">The new password; leave it out to have a temporary one generated and returned once.</param>
public sealed record ResetPasswordRequest(string? Password = null);

/// <summary>The generated temporary password, shown only in this response; hand it to the user over a safe channel.</summary>
public sealed record TemporaryPasswordDto(Guid UserId, string TemporaryPassword);

internal static class ResetPassword
{
    public static async Task<Results<Ok<TemporaryPasswordDto>, NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, ResetPasswordRequest? request, UserAccounts accounts, UserManager<PlatformUser> users, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("User", id);
        }

        var generated = request?.Password is null;
        var password = request?.Password ?? UserAccounts.GeneratePassword();
        if (await accounts.SetPasswordAsync(user, password, cancellationToken) is { } errors)
        {
            return errors.ToProblem();
        }

        // Never the password itself: only that it changed and how.
        await audit.RecordAsync("user", user.Id.ToString(), "password-reset", new { user.Email, Generated = generated }, cancellationToken: cancellationToken);
        if (generated)
        {
            response.Headers.CacheControl = "no-store"; // the body carries a password
        }

        return generated ? TypedResults.Ok(new TemporaryPasswordDto(user.Id, password)) : TypedResults.NoContent();
    }
}
