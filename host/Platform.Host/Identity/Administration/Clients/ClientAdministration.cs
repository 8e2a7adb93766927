using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Host.Identity.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>
/// Changes to registered clients beyond creating a confidential one (which <see cref="Identity.Clients.ClientRegistration"/>
/// does): public and redirect-based clients, permission changes, secret rotation. Secrets are stored hashed by
/// OpenIddict; a new one is returned once to the caller and never logged.
/// </summary>
internal sealed class ClientAdministration(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, IOpenIddictTokenManager tokens, PlatformIdentityDbContext db)
{
    /// <summary>OpenID Connect scopes a client with redirect URIs may be granted besides platform permissions.</summary>
    public static readonly IReadOnlySet<string> StandardScopes = new HashSet<string>(StringComparer.Ordinal) { Scopes.Profile, Scopes.Email, Scopes.Roles };

    public Task<OpenIddictEntityFrameworkCoreApplication<Guid>?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        db.Set<OpenIddictEntityFrameworkCoreApplication<Guid>>().FirstOrDefaultAsync(a => a.ClientId == clientId, cancellationToken);

    /// <summary>
    /// Creates a client that signs users in with the authorization code flow and PKCE: public (no secret) or
    /// confidential (a server-side app with a secret, which may also use client credentials). Returns the secret
    /// of a confidential client once.
    /// </summary>
    public async Task<string?> CreateInteractiveAsync(
        string clientId, string displayName, bool confidential, IReadOnlyCollection<string> redirectUris, IReadOnlyCollection<string> postLogoutRedirectUris,
        IReadOnlyCollection<string> grantedScopes, CancellationToken cancellationToken)
    {
        await RegisterScopesAsync(grantedScopes, cancellationToken);
        var secret = confidential ? NewSecret() : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ConsentType = ConsentTypes.Explicit,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (confidential)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in postLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        foreach (var scope in grantedScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        return secret;
    }

    /// <summary>Replaces the scopes (permissions) the client may request; other permissions stay as they are.</summary>
    public async Task SetScopesAsync(OpenIddictEntityFrameworkCoreApplication<Guid> application, IReadOnlyCollection<string> grantedScopes, CancellationToken cancellationToken)
    {
        await RegisterScopesAsync(grantedScopes, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Permissions.RemoveWhere(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal));
        foreach (var scope in grantedScopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        await applications.UpdateAsync(application, descriptor, cancellationToken);
    }

    /// <summary>Replaces the secret (the old one stops working at once) and revokes the client's stored tokens.</summary>
    public async Task<(string Secret, long RevokedTokens)> RotateSecretAsync(OpenIddictEntityFrameworkCoreApplication<Guid> application, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        var revoked = await tokens.RevokeByApplicationIdAsync(application.Id.ToString(), cancellationToken);
        return (secret, revoked);
    }

    /// <summary>Deletes the client with its authorizations and tokens.</summary>
    public ValueTask DeleteAsync(OpenIddictEntityFrameworkCoreApplication<Guid> application, CancellationToken cancellationToken) =>
        applications.DeleteAsync(application, cancellationToken);

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The server issues only scopes it knows: each granted scope is registered the first time it is used.</summary>
    private async Task RegisterScopesAsync(IEnumerable<string> granted, CancellationToken cancellationToken)
    {
        foreach (var scope in granted)
        {
            if (await scopes.FindByNameAsync(scope, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = scope }, cancellationToken);
            }
        }
    }
}
