using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Clients;

/// <summary>A confidential client just created; the secret is only ever available here, it is stored hashed.</summary>
public sealed record CreatedClient(string ClientId, string ClientSecret, IReadOnlyList<string> Scopes);

/// <summary>Registers OAuth clients with the OpenID Connect server.</summary>
internal sealed class ClientRegistration(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes)
{
    /// <summary>
    /// Creates a confidential client that may use the client credentials flow for the given scopes. The generated
    /// secret is returned once; OpenIddict's application manager stores only its hash.
    /// </summary>
    public async Task<CreatedClient> CreateConfidentialAsync(string clientId, string displayName, IReadOnlyCollection<string> grantedScopes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"a client with id '{clientId}' already exists");
        }

        var granted = grantedScopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var scope in granted)
        {
            if (scope.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"scope '{scope}' contains whitespace", nameof(grantedScopes));
            }

            // The server only issues scopes it knows: each granted scope is registered the first time it is used.
            if (await scopes.FindByNameAsync(scope, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = scope }, cancellationToken);
            }
        }

        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in granted)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        await applications.CreateAsync(descriptor, cancellationToken);
        return new CreatedClient(clientId, secret, granted);
    }

    /// <summary>
    /// Creates a client users sign in to (authorization code with PKCE, refresh tokens when it may ask for
    /// <c>offline_access</c>, revocation, end session). Third-party clients need the user's consent, first-party ones
    /// do not. Redirect URIs must be absolute; plain <c>http</c> only for loopback addresses.
    /// </summary>
    public async Task<CreatedInteractiveClient> CreateInteractiveAsync(InteractiveClient client, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(client.ClientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(client.DisplayName);
        if (client.RedirectUris.Count == 0)
        {
            throw new ArgumentException("an interactive client needs at least one redirect URI", nameof(client));
        }

        foreach (var uri in client.RedirectUris.Concat(client.PostLogoutRedirectUris))
        {
            if (!uri.IsAbsoluteUri || !string.IsNullOrEmpty(uri.Fragment) || (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback))
            {
                throw new ArgumentException($"redirect URI '{uri}' must be absolute, without a fragment, and use https unless it is a loopback address", nameof(client));
            }
        }

        if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"a client with id '{client.ClientId}' already exists");
        }

        var granted = client.Scopes.Select(s => s.Trim()).Where(s => s.Length > 0 && s != Scopes.OpenId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Confidential ? Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)) : null,
            ClientType = client.Confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ConsentType = client.FirstParty ? ConsentTypes.Implicit : ConsentTypes.Explicit,
            DisplayName = client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        if (client.Confidential)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        }

        foreach (var scope in granted)
        {
            if (scope.Any(char.IsWhiteSpace))
            {
                throw new ArgumentException($"scope '{scope}' contains whitespace", nameof(client));
            }

            if (scope == Scopes.OfflineAccess)
            {
                // Refresh tokens are a grant type of their own in OpenIddict's permissions.
                descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
                continue;
            }

            if (PlatformScopes.IsPermission(scope) && await scopes.FindByNameAsync(scope, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = scope }, cancellationToken);
            }

            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        await applications.CreateAsync(descriptor, cancellationToken);
        return new CreatedInteractiveClient(client.ClientId, descriptor.ClientSecret, granted);
    }
}
