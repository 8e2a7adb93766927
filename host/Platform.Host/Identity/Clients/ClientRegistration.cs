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
}
