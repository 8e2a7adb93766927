using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Endpoints;

/// <summary>
/// The userinfo endpoint: the claims about the user that the access token's scopes allow, read from the user as
/// they are now. OpenIddict has validated the access token; a user deactivated since gets <c>invalid_token</c>.
/// </summary>
internal static class UserInfoEndpoint
{
    public const string Path = "connect/userinfo";

    public static IEndpointRouteBuilder MapUserInfoEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], GetAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> GetAsync(HttpContext context, UserManager<PlatformUser> users)
    {
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var user = principal is null ? null : await users.FindByIdAsync(principal.GetClaim(Claims.Subject) ?? "");
        if (principal is null || user is not { IsActive: true })
        {
            return TypedResults.Challenge(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token does not belong to an active user.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id.ToString() };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
            claims[Claims.PreferredUsername] = user.UserName ?? "";
        }

        if (principal.HasScope(Scopes.Email) && user.Email is not null)
        {
            claims[Claims.Email] = user.Email;
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToArray();
        }

        return TypedResults.Ok(claims);
    }
}
