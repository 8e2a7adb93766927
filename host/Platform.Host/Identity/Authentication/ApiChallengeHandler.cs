using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Platform.Host.Identity.Authentication;

/// <summary>
/// Answers for the API when a caller is not allowed in: 401 with <c>WWW-Authenticate: Bearer</c> for a missing or
/// invalid token, 403 for a valid one that lacks the permission, both as ProblemDetails. It authenticates nothing
/// itself: <see cref="PlatformAuthenticationMiddleware"/> has already run the scheme the request's credentials
/// belong to, and its outcome is what this handler reports on.
/// </summary>
internal sealed class ApiChallengeHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "platform-api";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Request.Headers.Authorization.Count > 0;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = presented ? "Bearer error=\"invalid_token\"" : "Bearer";
        return WriteAsync(
            "Authentication is required.",
            presented
                ? "The access token is missing, malformed, expired or revoked. Obtain a new one from /connect/token."
                : "Send an access token (Authorization: Bearer ...) from /connect/token, or sign in.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        if (Request.Headers.Authorization.Count > 0)
        {
            Response.Headers.WWWAuthenticate = "Bearer error=\"insufficient_scope\"";
        }

        return WriteAsync("You are not allowed to do this.", "Your account or token lacks the permission this request needs.");
    }

    private async Task WriteAsync(string title, string detail)
    {
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
