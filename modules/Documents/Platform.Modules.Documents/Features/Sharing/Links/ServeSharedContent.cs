using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// The anonymous downloads of a share link: the shared document, or one document of a shared folder (a shared folder
/// as a zip: <see cref="ServeSharedArchive"/>). Content goes out through <see cref="ContentResponse"/> (Range, ETag, If-None-Match, a safe
/// Content-Disposition). Each download counts against the link's limit once (<see cref="DownloadRequest"/>), by one
/// conditional UPDATE that only succeeds while downloads are left, so concurrent requests never exceed the limit.
/// </summary>
internal static class ServeSharedContent
{
    public static async Task<IResult> Document(
        string token, SharedLinkResolver resolver, DocumentsDbContext db, DocumentBlobs blobs, HttpContext http, CancellationToken cancellationToken)
    {
        var (opened, problem) = await resolver.OpenAsync(token, http.Request, cancellationToken);
        if (opened is null)
        {
            return problem!;
        }

        return opened.Document is { } document
            ? await SendAsync(opened.Link, document, db, blobs, http, cancellationToken)
            : SharedLinkResolver.NotFound();
    }

    public static async Task<IResult> FolderDocument(
        string token, Guid documentId, SharedLinkResolver resolver, DocumentsDbContext db, DocumentBlobs blobs, HttpContext http, CancellationToken cancellationToken)
    {
        var (opened, problem) = await resolver.OpenAsync(token, http.Request, cancellationToken);
        if (opened is null)
        {
            return problem!;
        }

        if (opened.Document is { } shared)
        {
            return shared.Id == documentId ? await SendAsync(opened.Link, shared, db, blobs, http, cancellationToken) : SharedLinkResolver.NotFound();
        }

        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.DeletedAt == null, cancellationToken);
        return document is not null && opened.Folder!.Includes(document.FolderId)
            ? await SendAsync(opened.Link, document, db, blobs, http, cancellationToken)
            : SharedLinkResolver.NotFound();
    }

    private static async Task<IResult> SendAsync(ShareLink link, Document document, DocumentsDbContext db, DocumentBlobs blobs, HttpContext http, CancellationToken cancellationToken)
    {
        if (DownloadRequest.StartsADownload(http.Request.Headers, document.Hash, document.Length) && !await TryCountAsync(db, link, cancellationToken))
        {
            return UsedUp(link);
        }

        return await ContentResponse.SendAsync(http, blobs.Container, document.Hash, document.ContentType, document.Name, document.UpdatedAt, cancellationToken);
    }

    // The limit is checked and the count taken in one statement: of concurrent requests for the last download, one wins.
    public static async Task<bool> TryCountAsync(DocumentsDbContext db, ShareLink link, CancellationToken cancellationToken) =>
        await db.ShareLinks
            .Where(l => l.Id == link.Id && l.RevokedAt == null && (l.MaxDownloads == null || l.DownloadCount < l.MaxDownloads))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.DownloadCount, l => l.DownloadCount + 1), cancellationToken) == 1;

    public static ProblemHttpResult UsedUp(ShareLink link) => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "This link has been used up.",
        detail: $"It allowed {link.MaxDownloads} downloads. Ask whoever shared it for a new one.");
}
