using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Clients;

internal static class GetClient
{
    public static async Task<Results<Ok<ClientDto>, ProblemHttpResult>> Handle(
        string clientId, ClientAdministration clients, HttpResponse response, CancellationToken cancellationToken)
    {
        var application = await clients.FindAsync(clientId, cancellationToken);
        if (application is null)
        {
            return ApiProblems.NotFound("Client", clientId);
        }

        Preconditions.SetETag(response, application.ConcurrencyToken ?? "");
        return TypedResults.Ok(ClientDto.From(application));
    }
}
