using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Clients;

internal static class DeleteClient
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        string clientId, ClientAdministration clients, AuditTrail audit, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var application = await clients.FindAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ApiProblems.NotFound("Client", clientId);
        }

        if (Preconditions.CheckIfMatch(httpRequest, application.ConcurrencyToken ?? "") is { } failed)
        {
            return failed;
        }

        var before = ClientDto.From(application);
        await clients.DeleteAsync(application, cancellationToken);
        await audit.RecordAsync("client", clientId, "deleted", new { before.DisplayName, before.Type, before.Permissions }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}
