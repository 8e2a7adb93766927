using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Endpoints;

/// <summary>
/// The token endpoint's last step. OpenIddict has already authenticated the client and checked that it may use
/// the grant and the scopes it asks for (and, for codes and refresh tokens, validated them, PKCE included); this
/// issues the token: for a client on its own (client credentials) or for the user a code or refresh token stands for.
/// </summary>
internal static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + IdentitySetup.TokenEndpoint, ExchangeAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Account.SignInRateLimits.TokenPolicy)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await ExchangeForUserAsync(context);
        }

        if (!request.IsClientCredentialsGrantType())
        {
            return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        if (application is null)
        {
            return Forbid(Errors.InvalidClient, "The client is unknown.");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, await applications.GetClientIdAsync(application, cancellationToken));
        identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken));
        // OpenIddict has checked that requested scopes are granted to the client; a request naming none gets them all.
        var scopes = request.GetScopes();
        identity.SetScopes(scopes.IsDefaultOrEmpty ? await GrantedScopesAsync(applications, application, cancellationToken) : scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// A code or refresh token: the user it stands for must still exist, be active and have the same security stamp
    /// (a password change or reset, or a deactivation, ends every refresh token). The token's claims are rebuilt from
    /// the user as they are now, so renamed users and changed roles show in the new tokens.
    /// </summary>
    private static async Task<IResult> ExchangeForUserAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PlatformUser>>();
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal
            ?? throw new InvalidOperationException("The validated code or refresh token carries no principal.");
        var user = await users.FindByIdAsync(principal.GetClaim(Claims.Subject) ?? "");
        if (!await UserTokenClaims.IsCurrentAsync(principal, users, user))
        {
            return Forbid(Errors.InvalidGrant, "The token is no longer valid.");
        }

        var identity = new ClaimsIdentity(principal.Claims, TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        await UserTokenClaims.RefreshAsync(identity, users, user!);
        return TypedResults.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IEnumerable<string>> GrantedScopesAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken) =>
        (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]);

    private static IResult Forbid(string error, string description) => TypedResults.Forbid(
        new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
