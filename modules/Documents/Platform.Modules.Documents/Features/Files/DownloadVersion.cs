using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>The content of one version of a document, under the name the document had when that version was added.</summary>
internal static class DownloadVersion
{
    public static async Task<IResult> Handle(
        Guid id, int number, bool? inline, HttpContext http, DocumentsDbContext db, DocumentAccess access, DocumentBlobs blobs, CancellationToken cancellationToken)
    {
        var (document, _) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == document.Id && v.Number == number, cancellationToken);
        if (version is null)
        {
            return ApiProblems.NotFound("Version", number);
        }

        return await ContentResponse.SendAsync(
            http, blobs.Container, version.Hash, version.ContentType, version.FileName, version.CreatedAt,
            inline == true && ContentSniffer.IsSafeInline(version.ContentType), cancellationToken);
    }
}
