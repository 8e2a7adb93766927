using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using Platform.Sdk.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Endpoints;

/// <summary>Who the caller is, as the platform sees it from their access token.</summary>
/// <param name="Subject">The token's subject: a user id, or the client id for a client acting on its own behalf.</param>
/// <param name="Name">The display name, when the token carries one.</param>
/// <param name="ClientId">The client the token was issued to.</param>
/// <param name="Scopes">The scopes granted to this token.</param>
/// <param name="Roles">The user's roles (empty for a client acting on its own).</param>
/// <param name="Permissions">What the caller may do in this call: the user's permissions narrowed by the token's scopes, or the client's.</param>
/// <param name="DepartmentId">The user's department, when a people directory knows departments.</param>
public sealed record CallerInfo(
    string Subject, string? Name, string? ClientId, IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, Guid? DepartmentId);

internal static class MeEndpoint
{
    public static IEndpointRouteBuilder MapMeEndpoint(this IEndpointRouteBuilder platform)
    {
        platform.MapGet("/me", Get)
            .RequireAuthorization()
            .WithName("GetCaller")
            .WithSummary("Who the caller is")
            .WithDescription("Returns the authenticated caller's subject, client id, granted scopes, roles and effective permissions. Requires a bearer token.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return platform;
    }

    private static Ok<CallerInfo> Get(ClaimsPrincipal user, ICurrentUser caller) => TypedResults.Ok(new CallerInfo(
        user.GetClaim(Claims.Subject) ?? "",
        user.GetClaim(Claims.Name),
        user.GetClaim(Claims.ClientId) ?? user.GetPresenters().FirstOrDefault(),
        [.. user.GetScopes()],
        [.. caller.Roles.Order(StringComparer.Ordinal)],
        [.. caller.Permissions.Order(StringComparer.Ordinal)],
        caller.DepartmentId));
}
