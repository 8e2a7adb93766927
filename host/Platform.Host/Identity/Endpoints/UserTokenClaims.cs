using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Endpoints;

/// <summary>
/// The claims of a token issued to a user. Access tokens carry who the user is (sub, name, email, roles) and the
/// granted scopes; the identity token carries each claim only when its scope was granted (profile, email, roles).
/// The security stamp travels only inside authorization codes and refresh tokens (no destination), so a refresh
/// after a password reset or a deactivation can be refused.
/// </summary>
internal static class UserTokenClaims
{
    public const string SecurityStampClaim = "platform_stamp";

    /// <summary>A fresh identity for <paramref name="user"/> with <paramref name="scopes"/> granted.</summary>
    public static async Task<ClaimsIdentity> CreateAsync(UserManager<PlatformUser> users, PlatformUser user, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetScopes(scopes);
        await RefreshAsync(identity, users, user);
        return identity;
    }

    /// <summary>Replaces the user's claims in <paramref name="identity"/> by their current values and sets the destinations.</summary>
    public static async Task RefreshAsync(ClaimsIdentity identity, UserManager<PlatformUser> users, PlatformUser user)
    {
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.EmailVerified, user.Email is null ? null : user.EmailConfirmed.ToString().ToLowerInvariant())
            .SetClaim(SecurityStampClaim, await users.GetSecurityStampAsync(user))
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetDestinations(DestinationsOf);
    }

    /// <summary>Whether <paramref name="principal"/> (from a code or refresh token) still stands for <paramref name="user"/> as they are now.</summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, UserManager<PlatformUser> users, PlatformUser? user) =>
        user is { IsActive: true }
        && string.Equals(principal.GetClaim(SecurityStampClaim), await users.GetSecurityStampAsync(user), StringComparison.Ordinal);

    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername => ForScope(claim, Scopes.Profile),
        Claims.Email or Claims.EmailVerified => ForScope(claim, Scopes.Email),
        Claims.Role => ForScope(claim, Scopes.Roles),
        _ => [],
    };

    private static IEnumerable<string> ForScope(Claim claim, string scope) =>
        claim.Subject?.HasScope(scope) == true ? [Destinations.AccessToken, Destinations.IdentityToken] : [Destinations.AccessToken];
}
