using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The size limit of whole-file uploads. The host caps every request body at a small size; these endpoints raise their
/// cap to the module's file limit (plus room for a multipart envelope) through endpoint metadata, and refuse a declared
/// Content-Length over the file limit with 413 before reading a byte. A body without a declared length is cut off by the
/// blob store as soon as it passes the limit.
/// </summary>
internal static class FileLimits
{
    /// <summary>Room for the multipart envelope (boundaries, part headers, small fields) around a file of the maximum size.</summary>
    public const long MultipartAllowance = 1024 * 1024;

    /// <summary>The endpoint metadata that lifts the host's body limit to <paramref name="maxUploadBytes"/>.</summary>
    public static IRequestSizeLimitMetadata BodyLimit(long maxUploadBytes) => new SizeLimit(WithEnvelope(maxUploadBytes));

    /// <summary>413 when the request declares more bytes than a file may have (a form: plus its envelope).</summary>
    public static ProblemHttpResult? RefuseDeclaredLength(HttpRequest request, long maxUploadBytes)
    {
        var limit = IsMultipart(request) ? WithEnvelope(maxUploadBytes) : maxUploadBytes;
        return request.ContentLength > limit ? UploadedContent.TooLarge(maxUploadBytes) : null;
    }

    /// <summary>Opens the upload; a malformed form is an error message for the client, not an exception.</summary>
    public static async Task<(UploadBody? Body, string? Error)> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await UploadBody.OpenAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or InvalidDataException)
        {
            return (null, $"The form could not be read: {e.Message}");
        }
    }

    // A file limit near long.MaxValue (no limit in practice) must not overflow into a negative one.
    private static long WithEnvelope(long maxUploadBytes) =>
        maxUploadBytes > long.MaxValue - MultipartAllowance ? long.MaxValue : maxUploadBytes + MultipartAllowance;

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;

    private sealed class SizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
