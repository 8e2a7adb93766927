using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Host.Identity.Clients;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>A new OAuth client.</summary>
/// <param name="ClientId">2-100 letters, digits, '.', '_' or '-'; unique.</param>
/// <param name="DisplayName">A readable name.</param>
/// <param name="Type">
/// <c>confidential</c>: has a secret; uses the client credentials flow, or with redirect URIs signs users in
/// (a server-side web app: authorization code + PKCE). <c>public</c>: a browser or native app without a secret; needs redirect URIs.
/// </param>
/// <param name="Permissions">
/// Permission names the client may request as scopes. A client with redirect URIs may also get <c>profile</c>,
/// <c>email</c>, <c>roles</c>, <c>offline_access</c> (refresh tokens) and <c>api</c> (every permission the user holds).
/// </param>
/// <param name="RedirectUris">Absolute https URIs (http only for localhost), or a private-use scheme such as <c>com.example.app:/callback</c>.</param>
/// <param name="PostLogoutRedirectUris">Where users may be sent after signing out; same rules.</param>
/// <param name="FirstParty">A trusted first-party app that signs users in without asking for their consent.</param>
public sealed record CreateClientRequest(
    string ClientId,
    string DisplayName,
    string Type,
    IReadOnlyList<string>? Permissions = null,
    IReadOnlyList<string>? RedirectUris = null,
    IReadOnlyList<string>? PostLogoutRedirectUris = null,
    bool FirstParty = false);

/// <summary>The created client; the secret is shown only in this response (it is stored hashed).</summary>
public sealed record CreatedClientDto(ClientDto Client, string? ClientSecret);

internal static partial class CreateClient
{
    public static async Task<Results<Created<CreatedClientDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateClientRequest request, ClientAdministration clients, ClientRegistration registration, KnownPermissions catalogue, AuditTrail audit,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId ?? "";
        var errors = new ValidationErrors();
        errors.Require(ClientIdPattern().IsMatch(clientId), "clientId", "clientId must be 2-100 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        errors.Require(!string.IsNullOrWhiteSpace(request.DisplayName) && request.DisplayName.Trim().Length <= 200, "displayName", "displayName is required (at most 200 characters).");
        var type = request.Type?.Trim().ToLowerInvariant();
        errors.Require(type is ClientTypes.Confidential or ClientTypes.Public, "type", "type must be 'confidential' or 'public'.");
        var redirects = request.RedirectUris ?? [];
        var postLogout = request.PostLogoutRedirectUris ?? [];
        errors.Require(type != ClientTypes.Public || redirects.Count > 0, "redirectUris", "A public client needs at least one redirect URI.");
        errors.Require(redirects.Count > 0 || postLogout.Count == 0, "postLogoutRedirectUris", "Post-logout redirect URIs need redirect URIs (a client that signs users in).");
        RedirectUriRules.Validate(redirects, "redirectUris", errors);
        RedirectUriRules.Validate(postLogout, "postLogoutRedirectUris", errors);
        catalogue.Validate(request.Permissions, "permissions", errors, redirects.Count > 0 ? ClientAdministration.InteractiveScopes : null);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await clients.FindAsync(clientId, cancellationToken) is not null)
        {
            return ApiProblems.Conflict($"A client with id '{clientId}' already exists.", "Client ids are unique; choose another id.");
        }

        var permissions = (request.Permissions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var displayName = request.DisplayName.Trim();
        var secret = redirects.Count == 0
            ? (await registration.CreateConfidentialAsync(clientId, displayName, permissions, cancellationToken)).ClientSecret
            : (await registration.CreateInteractiveAsync(
                new InteractiveClient(clientId, displayName, [.. redirects.Select(u => new Uri(u))], [.. postLogout.Select(u => new Uri(u))], permissions,
                    request.FirstParty, type == ClientTypes.Confidential),
                cancellationToken)).ClientSecret;

        var client = ClientDto.From((await clients.FindAsync(clientId, cancellationToken))!);
        await audit.RecordAsync("client", client.ClientId, "created",
            new { client.DisplayName, client.Type, client.Permissions, client.GrantTypes, client.RedirectUris, client.PostLogoutRedirectUris }, cancellationToken: cancellationToken);
        response.Headers.CacheControl = "no-store"; // the body carries a secret
        return TypedResults.Created($"/api/platform/clients/{Uri.EscapeDataString(client.ClientId)}", new CreatedClientDto(client, secret));
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$")]
    private static partial Regex ClientIdPattern();
}
