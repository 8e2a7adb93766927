using System.Collections.Frozen;
using System.Security.Claims;
using OpenIddict.Abstractions;
using Platform.Sdk.Execution;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Access;

/// <summary>Who an authenticated principal stands for.</summary>
internal enum CallerKind
{
    Anonymous,

    /// <summary>A person: signed in with the cookie, or through a client holding a token issued for them.</summary>
    User,

    /// <summary>An OAuth client acting on its own behalf (client credentials).</summary>
    Client,
}

/// <summary>
/// What the principal itself says about the caller, before any lookup: a user token carries <c>sub</c> = the user's
/// id and the client it was issued to; a client credentials token carries <c>sub</c> = the client id; the sign-in
/// cookie carries the user's id and no client.
/// </summary>
internal sealed record CallerPrincipal(
    CallerKind Kind,
    string? Subject,
    Guid? UserId,
    string? ClientId,
    string? Name,
    string? Email,
    IReadOnlySet<string> Scopes)
{
    public static CallerPrincipal Anonymous { get; } = new(CallerKind.Anonymous, null, null, null, null, null, FrozenSet<string>.Empty);

    /// <summary>Whether a token narrows the caller's permissions to its scopes (every token does; the sign-in cookie does not).</summary>
    public bool IsFromToken => ClientId is not null;

    public static CallerPrincipal Parse(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var subject = principal.FindFirst(Claims.Subject)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var clientId = principal.FindFirst(Claims.ClientId)?.Value ?? FirstPresenter(principal);
        var name = principal.FindFirst(Claims.Name)?.Value ?? principal.FindFirst(ClaimTypes.Name)?.Value;
        var email = principal.FindFirst(Claims.Email)?.Value ?? principal.FindFirst(ClaimTypes.Email)?.Value;
        if (subject is null)
        {
            return Anonymous;
        }

        var scopes = clientId is null ? new HashSet<string>() : principal.GetScopes().ToHashSet(StringComparer.Ordinal);
        if (clientId is not null && string.Equals(subject, clientId, StringComparison.Ordinal))
        {
            return new CallerPrincipal(CallerKind.Client, subject, null, clientId, name, null, scopes);
        }

        // Users are identified by their GUID id; anything else is not a user this platform issued.
        return Guid.TryParse(subject, out var userId)
            ? new CallerPrincipal(CallerKind.User, subject, userId, clientId, name, email, scopes)
            : Anonymous;
    }

    /// <summary>The actor recorded on events and audit entries for this caller.</summary>
    public Actor? ToActor() => Kind switch
    {
        CallerKind.User => new Actor(ActorKind.User, Subject!, Name),
        CallerKind.Client => new Actor(ActorKind.Client, Subject!, Name),
        _ => null,
    };

    private static string? FirstPresenter(ClaimsPrincipal principal)
    {
        var presenters = principal.GetPresenters();
        return presenters.IsDefaultOrEmpty ? null : presenters[0];
    }
}
