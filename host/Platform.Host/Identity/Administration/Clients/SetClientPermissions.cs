using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Clients;

/// <summary>The complete set of permissions (scopes) a client may request from now on.</summary>
/// <param name="Permissions">Permission names from the catalogue; an empty list takes every permission away.</param>
public sealed record SetClientPermissionsRequest(IReadOnlyList<string> Permissions);

internal static class SetClientPermissions
{
    public static async Task<Results<Ok<ClientDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string clientId, SetClientPermissionsRequest request, ClientAdministration clients, KnownPermissions catalogue, AuditTrail audit,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await clients.FindAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ApiProblems.NotFound("Client", clientId);
        }

        var before = ClientDto.From(application);
        var errors = new ValidationErrors();
        errors.Require(request.Permissions is not null, "permissions", "permissions is required (an empty list removes every permission).");
        catalogue.Validate(request.Permissions, "permissions", errors, before.RedirectUris.Count > 0 ? ClientAdministration.InteractiveScopes : null);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (Preconditions.CheckIfMatch(httpRequest, application.ConcurrencyToken ?? "") is { } failed)
        {
            return failed;
        }

        var after = request.Permissions!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!before.Permissions.SequenceEqual(after))
        {
            try
            {
                await clients.SetScopesAsync(application, after, cancellationToken);
            }
            catch (OpenIddict.Abstractions.OpenIddictExceptions.ConcurrencyException)
            {
                return AdministrationProblems.Stale();
            }

            await audit.RecordAsync("client", clientId, "permissions-changed", new
            {
                Old = before.Permissions,
                New = after,
                Granted = after.Except(before.Permissions, StringComparer.Ordinal).ToList(),
                Revoked = before.Permissions.Except(after, StringComparer.Ordinal).ToList(),
            }, cancellationToken: cancellationToken);
        }

        Preconditions.SetETag(response, application.ConcurrencyToken ?? "");
        return TypedResults.Ok(ClientDto.From(application));
    }
}
