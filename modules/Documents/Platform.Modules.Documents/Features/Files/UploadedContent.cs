using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The content of an upload once stored: the blob (streamed from the request into the store, hashed on the way, flushed
/// and moved into place by the store) and the media type sniffed from it. A body that is too large, cut off, padded
/// past its length, or abandoned by its client leaves nothing: the store deletes its temporary file, and the caller adds
/// no rows.
/// </summary>
internal sealed record UploadedContent(StoredBlob Blob, string ContentType)
{
    /// <summary>Stores <paramref name="body"/>'s file; answers the problem instead when it cannot be read whole.</summary>
    /// <param name="body">The opened upload.</param>
    /// <param name="fileName">The document's name, for the extension the sniffer may consider.</param>
    /// <param name="blobs">The module's container.</param>
    /// <param name="maxBytes">The most bytes a file may have.</param>
    /// <param name="cancellationToken">The request's: fires when the client goes away.</param>
    public static async Task<(UploadedContent? Content, ProblemHttpResult? Problem)> StoreAsync(
        UploadBody body, string fileName, IBlobContainer blobs, long maxBytes, CancellationToken cancellationToken)
    {
        StoredBlob blob;
        try
        {
            blob = await blobs.PutAsync(body.Content, maxBytes, body.Length, cancellationToken);
        }
        catch (BlobTooLargeException)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (BlobStoreFullException)
        {
            return (null, StoreFull("Nothing was stored."));
        }
        catch (UploadReadException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (UploadReadException e)
        {
            return (null, TypedResults.Problem(statusCode: e.StatusCode, title: "The upload did not arrive whole; nothing was stored.", detail: e.Message));
        }

        await using var stored = await blobs.OpenReadAsync(blob.Hash, cancellationToken)
            ?? throw new InvalidOperationException($"The blob {blob.Hash} was stored but cannot be read back.");
        return (new UploadedContent(blob, await ContentSniffer.SniffAsync(stored, fileName, cancellationToken)), null);
    }

    /// <summary>507 when the document store's disk has no room; <paramref name="kept"/> says what became of the bytes.</summary>
    /// <param name="kept">What was kept of the upload.</param>
    public static ProblemHttpResult StoreFull(string kept) => TypedResults.Problem(
        statusCode: StatusCodes.Status507InsufficientStorage,
        title: "The document store is full.",
        detail: $"The disk that holds the documents has no room for this file. {kept} Ask an administrator to free space.");

    /// <summary>413 for a file over the module's limit.</summary>
    /// <param name="maxBytes">The limit.</param>
    public static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The file is too large.",
        detail: $"Files may have at most {maxBytes} bytes ({maxBytes / (1024.0 * 1024 * 1024):0.##} GiB).",
        extensions: new Dictionary<string, object?> { ["maxBytes"] = maxBytes });
}
