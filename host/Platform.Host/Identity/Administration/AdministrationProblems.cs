using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration;

/// <summary>The refusals identity administration answers with, worded once.</summary>
internal static class AdministrationProblems
{
    public static ProblemHttpResult LastAdministrator(string action) => ApiProblems.Conflict(
        "The last active administrator cannot be removed.",
        $"You cannot {action} the only active user holding the Administrator role. Make another user an administrator first.");

    public static ProblemHttpResult Stale() => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The resource was changed by someone else.",
        detail: "Read it again and reapply your change.");

    /// <summary>Null when Identity succeeded; 412 when it lost a race on the concurrency stamp; otherwise it throws.</summary>
    public static ProblemHttpResult? FromIdentity(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return null;
        }

        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return Stale();
        }

        throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
