using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Platform.Host.Identity.Access;

/// <summary>
/// Answers authorization failures with the platform's ProblemDetails. An anonymous caller is challenged by the
/// authentication scheme (401). A caller the platform no longer honours (deactivated or deleted user, deleted client)
/// gets 401 too, and a caller lacking a permission 403 naming it; both are written here rather than by the scheme's
/// challenge or forbid, whose status follows the token's state rather than the reason for refusing.
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
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\", error_description=\"The user or client is no longer active.\"";
            await WriteAsync(context, new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized.",
                Detail = "The user or client behind these credentials is no longer active.",
            });
            return;
        }

        var missing = failed.OfType<PermissionRequirement>().Select(r => r.Permission).ToList();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteAsync(context, new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Forbidden.",
            Detail = missing.Count > 0 ? $"This operation needs the permission '{string.Join("', '", missing)}'." : "The caller may not do this.",
            Extensions = { ["permission"] = missing.Count == 1 ? missing[0] : missing.Count > 1 ? missing : null },
        });
    }

    private async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem);
        }
    }
}
