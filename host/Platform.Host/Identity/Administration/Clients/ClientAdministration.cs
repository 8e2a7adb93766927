using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Host.Identity.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>
/// Changes to registered clients after <see cref="Identity.Clients.ClientRegistration"/> created them: permission
/// changes, secret rotation, deletion. Secrets are stored hashed by
/// OpenIddict; a new one is returned once to the caller and never logged.
/// </summary>
internal sealed class ClientAdministration(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, IOpenIddictTokenManager tokens, PlatformIdentityDbContext db)
{
    /// <summary>Scopes a client that signs users in may be granted besides permission names: the OpenID Connect ones and <c>api</c>.</summary>
    public static readonly IReadOnlySet<string> InteractiveScopes = new HashSet<string>(PlatformScopes.Identity.Append(PlatformScopes.Api), StringComparer.Ordinal);

    public Task<OpenIddictEntityFrameworkCoreApplication<Guid>?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        db.Set<OpenIddictEntityFrameworkCoreApplication<Guid>>().FirstOrDefaultAsync(a => a.ClientId == clientId, cancellationToken);

    /// <summary>
    /// Replaces the scopes the client may request; other permissions stay as they are, except that <c>offline_access</c>
    /// comes with the refresh token grant (OpenIddict's permission for it), as when the client was created.
    /// </summary>
    public async Task SetScopesAsync(OpenIddictEntityFrameworkCoreApplication<Guid> application, IReadOnlyCollection<string> grantedScopes, CancellationToken cancellationToken)
    {
        await RegisterScopesAsync(grantedScopes, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        descriptor.Permissions.RemoveWhere(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal) || p == Permissions.GrantTypes.RefreshToken);
        foreach (var scope in grantedScopes)
        {
            descriptor.Permissions.Add(scope == Scopes.OfflineAccess ? Permissions.GrantTypes.RefreshToken : Permissions.Prefixes.Scope + scope);
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

    /// <summary>The server issues only scopes it knows: each granted permission is registered the first time it is used.</summary>
    private async Task RegisterScopesAsync(IEnumerable<string> granted, CancellationToken cancellationToken)
    {
        foreach (var scope in granted.Where(PlatformScopes.IsPermission))
        {
            if (await scopes.FindByNameAsync(scope, cancellationToken) is null)
            {
                await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = scope }, cancellationToken);
            }
        }
    }
}
