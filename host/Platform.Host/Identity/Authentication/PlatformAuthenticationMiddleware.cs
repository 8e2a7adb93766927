using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;

namespace Platform.Host.Identity.Authentication;

/// <summary>
/// Takes the place of ASP.NET Core's authentication middleware, which on every request asks each request-handling
/// scheme (the OpenID Connect server) whether the request is its own and then runs the default scheme's full
/// pipeline even when the request carries no credentials at all. Here the server only sees requests to its own
/// paths, and a request is authenticated by the one scheme whose credentials it carries: a bearer token, or the
/// sign-in cookie. Anonymous requests cost nothing. The outcome is the same: <see cref="HttpContext.User"/> and the
/// authentication result features are set for authorization and endpoints.
/// </summary>
internal sealed class PlatformAuthenticationMiddleware(
    RequestDelegate next,
    IAuthenticationSchemeProvider schemes,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    AccessTokenCache tokens)
{
    private string? _signInCookie;
    private bool _signInCookieResolved;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        context.Features.Set<IAuthenticationFeature>(new AuthenticationFeature { OriginalPath = request.Path, OriginalPathBase = request.PathBase });

        if (IdentityPaths.IsServerPath(request.Path))
        {
            var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
            if (await handlers.GetHandlerAsync(context, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme) is IAuthenticationRequestHandler server
                && await server.HandleRequestAsync())
            {
                return;
            }
        }

        var scheme = await SchemeForAsync(request);
        var token = scheme == OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme ? BearerToken(request) : null;
        if (token is not null && tokens.TryGet(token, out var known))
        {
            SetUser(context, AuthenticateResult.Success(new AuthenticationTicket(known, scheme!)));
            await next(context);
            return;
        }

        if (scheme is not null)
        {
            // Like the default middleware, a scheme that handles requests (OpenIddict's validation prepares its
            // per-request state there) sees the request before it authenticates it.
            var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
            if (await handlers.GetHandlerAsync(context, scheme) is IAuthenticationRequestHandler requestHandler
                && await requestHandler.HandleRequestAsync())
            {
                return;
            }

            var result = await context.AuthenticateAsync(scheme);
            SetUser(context, result);
            if (token is not null && result.Succeeded)
            {
                tokens.Add(token, result.Principal!);
            }

            // A browser sends the cookie with any request, including one a hostile page triggers: a change made
            // through the API with the cookie must carry the antiforgery token (bearer tokens are not sent by
            // browsers on their own, so they need none).
            if (result.Succeeded && scheme == IdentityConstants.ApplicationScheme && CookieApiWrite.Applies(request)
                && !await CookieApiWrite.IsValidAsync(context))
            {
                await CookieApiWrite.RefuseAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static void SetUser(HttpContext context, AuthenticateResult result)
    {
        if (result.Principal is not null)
        {
            context.User = result.Principal;
        }

        if (result.Succeeded)
        {
            var features = new AuthenticationResultFeatures(result);
            context.Features.Set<IHttpAuthenticationFeature>(features);
            context.Features.Set<IAuthenticateResultFeature>(features);
        }
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private async ValueTask<string?> SchemeForAsync(HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        }

        var cookie = await SignInCookieAsync();
        return cookie is not null && request.Cookies.ContainsKey(cookie) ? IdentityConstants.ApplicationScheme : null;
    }

    // The cookie scheme exists once interactive sign-in is registered; its cookie name is read once.
    private async ValueTask<string?> SignInCookieAsync()
    {
        if (!_signInCookieResolved)
        {
            _signInCookie = await schemes.GetSchemeAsync(IdentityConstants.ApplicationScheme) is null
                ? null
                : cookieOptions.Get(IdentityConstants.ApplicationScheme).Cookie.Name;
            _signInCookieResolved = true;
        }

        return _signInCookie;
    }

    private sealed class AuthenticationResultFeatures(AuthenticateResult result) : IHttpAuthenticationFeature, IAuthenticateResultFeature
    {
        private System.Security.Claims.ClaimsPrincipal? _user = result.Principal;

        public AuthenticateResult? AuthenticateResult { get; set; } = result;

        public System.Security.Claims.ClaimsPrincipal? User
        {
            get => _user;
            set
            {
                _user = value;
                AuthenticateResult = null;
            }
        }
    }
}

internal static class PlatformAuthenticationExtensions
{
    // WebApplication adds ASP.NET Core's own authentication middleware in front of the pipeline unless the app
    // called UseAuthentication; this is the marker that call leaves behind.
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    /// <summary>Authenticates requests with <see cref="PlatformAuthenticationMiddleware"/> instead of the default middleware.</summary>
    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app)
    {
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        return app.UseMiddleware<PlatformAuthenticationMiddleware>();
    }
}
