using Microsoft.AspNetCore.Http;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>HEAD /uploads/{id}: how many bytes the upload holds, so a client resumes after a cut connection.</summary>
internal static class UploadStatus
{
    public static Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> Handle(Guid id, HttpContext http, TusServices services, CancellationToken cancellationToken) =>
        RunAsync(id, new TusRequest(http, services, cancellationToken));

    public static async Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> RunAsync(Guid id, TusRequest tus)
    {
        var (session, missing) = await tus.FindSessionAsync(id);
        if (session is null)
        {
            return missing!;
        }

        var headers = tus.Http.Response.Headers;
        headers.CacheControl = "no-store";
        if (session.Length is { } length)
        {
            headers[TusProtocol.LengthHeader] = length.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            // creation-defer-length: the client names the length in a PATCH once it knows it.
            headers[TusProtocol.DeferLengthHeader] = "1";
        }

        if (session.CompletedDocumentId is { } documentId)
        {
            headers[TusProtocol.DocumentIdHeader] = documentId.ToString();
            TusProtocol.SetOffset(tus.Http.Response, session.Length ?? 0, null);
        }
        else
        {
            var staged = await tus.Blobs.Container.GetStagedLengthAsync(id.ToString(), tus.CancellationToken);
            TusProtocol.SetOffset(tus.Http.Response, staged, session.ExpiresAt);
        }

        return TypedResults.Ok();
    }
}
