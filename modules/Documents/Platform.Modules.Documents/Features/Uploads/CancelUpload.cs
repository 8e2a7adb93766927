using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>DELETE /uploads/{id} (the termination extension): discards the upload and its staged bytes.</summary>
internal static class CancelUpload
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

        // Staged bytes first: a crash in between leaves a session whose expiry sweep finds nothing left to discard.
        await tus.Blobs.Container.DeleteStagedAsync(id.ToString(), tus.CancellationToken);
        tus.Db.Uploads.Remove(session);
        await tus.Db.SaveChangesAsync(tus.CancellationToken);
        return TypedResults.NoContent();
    }
}
