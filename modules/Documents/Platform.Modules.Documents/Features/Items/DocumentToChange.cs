using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// What every change to a document checks first, in this order: the document exists for the caller (404), the caller
/// may write in its folder (403), and the request's If-Match is its current version (428, 412). Either the document
/// (tracked) with the caller's level, or the answer to give. The check-out lock is each change's own to check, after
/// its own validation.
/// </summary>
internal sealed record DocumentToChange(Document? Document, AccessLevel Level, ProblemHttpResult? Refused)
{
    public static async Task<DocumentToChange> FindAsync(Guid id, DocumentAccess access, HttpContext http, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return new(null, AccessLevel.None, ApiProblems.NotFound("Document", id));
        }

        if (level < AccessLevel.Write)
        {
            return new(null, level, DocumentProblems.CannotWrite());
        }

        return Preconditions.CheckIfMatch(http.Request, document.Version) is { } failed
            ? new(null, level, failed)
            : new(document, level, null);
    }
}
