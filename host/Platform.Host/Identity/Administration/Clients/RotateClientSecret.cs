using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>The new secret, shown only in this response.</summary>
public sealed record RotatedSecretDto(string ClientId, string ClientSecret);

internal static class RotateClientSecret
{
    public static async Task<Results<Ok<RotatedSecretDto>, ProblemHttpResult>> Handle(
        string clientId, ClientAdministration clients, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await clients.FindAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ApiProblems.NotFound("Client", clientId);
        }

        if (application.ClientType != ClientTypes.Confidential)
        {
            return ApiProblems.Conflict("A public client has no secret.", "Only confidential clients have a secret to rotate.");
        }

        var (secret, revoked) = await clients.RotateSecretAsync(application, cancellationToken);
        await audit.RecordAsync("client", clientId, "secret-rotated", new { RevokedTokens = revoked }, cancellationToken: cancellationToken);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RotatedSecretDto(clientId, secret));
    }
}
