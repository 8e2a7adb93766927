using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Content;

/// <summary>
/// The one way content leaves the module (a document, an old version, a shared link): streamed from the blob store,
/// never buffered, under HTTP's range and conditional rules (see <see cref="BlobContentResult"/>), with a strong ETag
/// (the content's SHA-256), Last-Modified, and a Content-Disposition of attachment with the file name encoded for every
/// browser. Uploaded files are never rendered by the browser as part of the platform's site: the response forbids
/// content sniffing and sandboxes the content, so an uploaded HTML or SVG file cannot run script in a user's session.
/// </summary>
internal static class ContentResponse
{
    public static Task<IResult> SendAsync(
        HttpContext http, IBlobContainer blobs, string hash, string contentType, string fileName, DateTimeOffset lastModified, CancellationToken cancellationToken) =>
        SendAsync(http, blobs, hash, contentType, fileName, lastModified, inline: false, cancellationToken);

    /// <summary>
    /// Sends the blob <paramref name="hash"/>; <paramref name="inline"/> asks the browser to show it rather than save it
    /// (callers pass it only for types safe to show, see Files' ContentSniffer.IsSafeInline).
    /// </summary>
    public static async Task<IResult> SendAsync(
        HttpContext http, IBlobContainer blobs, string hash, string contentType, string fileName, DateTimeOffset lastModified, bool inline, CancellationToken cancellationToken)
    {
        var stream = await blobs.OpenReadAsync(hash, cancellationToken);
        if (stream is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "The content of this file is missing from storage.",
                detail: $"No blob {hash} is stored. Restore the blob folder from a backup (see docs/modules/documents.md).");
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.CacheControl = "private, no-cache";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition.ToString();

        return new BlobContentResult(stream, contentType, lastModified, new EntityTagHeaderValue($"\"{hash}\""));
    }
}
