using System.Text.Json;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>An OAuth client (application) as administrators see it. Secrets are never part of it.</summary>
/// <param name="ClientId">The client id it authenticates with.</param>
/// <param name="DisplayName">A readable name.</param>
/// <param name="Type"><c>confidential</c> (has a secret) or <c>public</c> (browser or native app, PKCE).</param>
/// <param name="Permissions">Permissions granted to the client, requested as scopes.</param>
/// <param name="GrantTypes">OAuth grant types it may use.</param>
/// <param name="RedirectUris">Where authorization responses may be sent.</param>
/// <param name="PostLogoutRedirectUris">Where users may be sent after signing out.</param>
public sealed record ClientDto(
    string ClientId,
    string DisplayName,
    string Type,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> GrantTypes,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris)
{
    public static ClientDto From(OpenIddictEntityFrameworkCoreApplication<Guid> application)
    {
        var permissions = ParseArray(application.Permissions);
        var scopes = permissions.Where(p => p.StartsWith(OpenIddict.Abstractions.OpenIddictConstants.Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[OpenIddict.Abstractions.OpenIddictConstants.Permissions.Prefixes.Scope.Length..]);
        if (permissions.Contains(OpenIddict.Abstractions.OpenIddictConstants.Permissions.GrantTypes.RefreshToken))
        {
            scopes = scopes.Append(Scopes.OfflineAccess); // OpenIddict keeps offline_access as the refresh token grant
        }

        return new ClientDto(
            application.ClientId ?? "",
            application.DisplayName ?? application.ClientId ?? "",
            application.ClientType ?? ClientTypes.Confidential,
            [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. permissions.Where(p => p.StartsWith(OpenIddict.Abstractions.OpenIddictConstants.Permissions.Prefixes.GrantType, StringComparison.Ordinal))
                .Select(p => p[OpenIddict.Abstractions.OpenIddictConstants.Permissions.Prefixes.GrantType.Length..]).Order(StringComparer.Ordinal)],
            ParseArray(application.RedirectUris),
            ParseArray(application.PostLogoutRedirectUris));
    }

    /// <summary>OpenIddict's EF Core store keeps these lists as JSON arrays.</summary>
    private static List<string> ParseArray(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
