namespace Platform.Host.Identity.Clients;

/// <summary>
/// An application users sign in to through the authorization code flow with PKCE: a browser or mobile app (public,
/// no secret) or a server-side web app (confidential, with a secret).
/// </summary>
/// <param name="ClientId">The client id, unique.</param>
/// <param name="DisplayName">Shown to users on the consent page.</param>
/// <param name="RedirectUris">Where the authorization endpoint may send the user back with a code (exact match).</param>
/// <param name="PostLogoutRedirectUris">Where the end-session endpoint may send the user after signing out.</param>
/// <param name="Scopes">Scopes beyond <c>openid</c> the client may ask for: identity scopes, <c>offline_access</c> (refresh tokens), <c>api</c>, permission names.</param>
/// <param name="FirstParty">A trusted first-party app: users are not asked for consent.</param>
/// <param name="Confidential">Gets a secret (and may then also use introspection); otherwise a public client.</param>
public sealed record InteractiveClient(
    string ClientId,
    string DisplayName,
    IReadOnlyList<Uri> RedirectUris,
    IReadOnlyList<Uri> PostLogoutRedirectUris,
    IReadOnlyCollection<string> Scopes,
    bool FirstParty = false,
    bool Confidential = false);

/// <summary>An interactive client just created; a confidential client's secret is only ever available here.</summary>
public sealed record CreatedInteractiveClient(string ClientId, string? ClientSecret, IReadOnlyList<string> Scopes);
