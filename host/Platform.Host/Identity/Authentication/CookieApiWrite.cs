using Microsoft.AspNetCore.Antiforgery;

namespace Platform.Host.Identity.Authentication;

/// <summary>
/// Cross-site request forgery protection for the API when the caller is a signed-in browser: state-changing
/// requests under <c>/api</c> that authenticate with the sign-in cookie must send the antiforgery token from
/// <c>GET /api/platform/antiforgery</c> in the <c>RequestVerificationToken</c> header.
/// </summary>
internal static class CookieApiWrite
{
    public static bool Applies(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method));

    public static Task<bool> IsValidAsync(HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);

    public static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "The antiforgery token is missing or invalid.",
                Detail = "A change made with the sign-in cookie must send the token from GET /api/platform/antiforgery in the header it names.",
            },
        });
    }

    /// <summary><c>GET /api/platform/antiforgery</c>: the token a signed-in browser sends with its API changes.</summary>
    public static void MapAntiforgeryEndpoint(this IEndpointRouteBuilder platform) =>
        platform.MapGet("/antiforgery", (HttpContext context, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(context);
                return TypedResults.Ok(new AntiforgeryTokenDto(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithTags("Identity")
            .WithSummary("Get an antiforgery token")
            .WithDescription("For browsers signed in with the cookie: every POST, PUT, PATCH or DELETE under /api made with the cookie must send this token in the named header, or it is refused with 403. Callers with a bearer token need none.");
}

/// <summary>The header to send and the token to put in it.</summary>
public sealed record AntiforgeryTokenDto(string HeaderName, string Token);
