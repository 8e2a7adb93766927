using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Turns authorization failures into the platform's answers: a caller the platform no longer honours (deactivated
/// user, deleted client) is challenged like an anonymous one (401); a caller lacking a permission gets 403 as
/// ProblemDetails naming the permission.
/// </summary>
internal sealed class AccessResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var failed = authorizeResult.AuthorizationFailure?.FailedRequirements.ToList() ?? [];
        if (failed.OfType<ActiveCallerRequirement>().Any())
        {
            await _default.HandleAsync(next, context, policy, PolicyAuthorizationResult.Challenge());
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
        var missing = failed.OfType<PermissionRequirement>().Select(r => r.Permission).ToList();
        if (missing.Count > 0 && !context.Response.HasStarted)
        {
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Forbidden.",
                    Detail = $"This operation needs the permission '{string.Join("', '", missing)}'.",
                    Extensions = { ["permission"] = missing.Count == 1 ? missing[0] : missing },
                },
            });
        }
    }
}
