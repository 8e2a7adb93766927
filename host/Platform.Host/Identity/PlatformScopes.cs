using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity;

/// <summary>
/// The scopes a client can ask for. Besides the OpenID Connect scopes, every permission name is a scope
/// (<c>projects.read</c>): a token carrying it may use that permission if the user holds it. <see cref="Api"/>
/// stands for every permission the user holds. Scopes only ever narrow what the user may do, never widen it.
/// </summary>
public static class PlatformScopes
{
    /// <summary>Required for OpenID Connect: an identity token with the user's id (<c>sub</c>).</summary>
    public const string OpenId = Scopes.OpenId;

    /// <summary>The user's name (<c>name</c>, <c>preferred_username</c>) in the identity token and from userinfo.</summary>
    public const string Profile = Scopes.Profile;

    /// <summary>The user's email address (<c>email</c>, <c>email_verified</c>).</summary>
    public const string Email = Scopes.Email;

    /// <summary>The user's roles (<c>role</c>) in the identity token and from userinfo.</summary>
    public const string Roles = Scopes.Roles;

    /// <summary>A refresh token, so the client can keep the session without the user.</summary>
    public const string OfflineAccess = Scopes.OfflineAccess;

    /// <summary>Every permission the signed-in user holds (and only those).</summary>
    public const string Api = "api";

    /// <summary>The scopes that describe the user rather than a permission.</summary>
    public static IReadOnlySet<string> Identity { get; } = new HashSet<string>(StringComparer.Ordinal) { OpenId, Profile, Email, Roles, OfflineAccess };

    /// <summary>Whether <paramref name="scope"/> names a permission (neither an identity scope nor <see cref="Api"/>).</summary>
    public static bool IsPermission(string scope) => !Identity.Contains(scope) && scope != Api;
}
