using Microsoft.AspNetCore.Http;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>The current content of a document, streamed.</summary>
internal static class DownloadFile
{
    public static async Task<IResult> Handle(Guid id, HttpContext http, DocumentAccess access, DocumentBlobs blobs, CancellationToken cancellationToken)
    {
        var (document, _) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        return await ContentResponse.SendAsync(http, blobs.Container, document.Hash, document.ContentType, document.Name, document.UpdatedAt, cancellationToken);
    }
}
