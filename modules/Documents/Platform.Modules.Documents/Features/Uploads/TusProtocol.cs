using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>The parts of the tus 1.0 protocol every upload endpoint shares: its headers, versions and answers.</summary>
internal static class TusProtocol
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-with-upload,creation-defer-length,termination,expiration";
    public const string OffsetContentType = "application/offset+octet-stream";

    /// <summary>The header that names the document a completed upload created or added a version to.</summary>
    public const string DocumentIdHeader = "Platform-Document-Id";

    public const string ResumableHeader = "Tus-Resumable";
    public const string VersionHeader = "Tus-Version";
    public const string ExtensionHeader = "Tus-Extension";
    public const string MaxSizeHeader = "Tus-Max-Size";
    public const string OffsetHeader = "Upload-Offset";
    public const string LengthHeader = "Upload-Length";
    public const string DeferLengthHeader = "Upload-Defer-Length";
    public const string MetadataHeader = "Upload-Metadata";
    public const string ExpiresHeader = "Upload-Expires";
    public const string MethodOverrideHeader = "X-HTTP-Method-Override";

    /// <summary>
    /// Every tus response names the protocol version; every request but OPTIONS must name one the server speaks, or
    /// gets 412 with the versions it does (the protocol's rule, so a client of a future version learns early).
    /// </summary>
    public static async ValueTask<object?> RequireResumableAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers[ResumableHeader] = Version;
        if (!HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers[ResumableHeader] != Version)
        {
            http.Response.Headers[VersionHeader] = Version;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: $"{ResumableHeader} must be {Version}.",
                detail: $"This server speaks tus {Version}; send the header {ResumableHeader}: {Version} with every request.");
        }

        return await next(context);
    }

    /// <summary>Writes the offset (and the expiry, once there is one) the client resumes from.</summary>
    public static void SetOffset(HttpResponse response, long offset, DateTimeOffset? expiresAt)
    {
        response.Headers[OffsetHeader] = offset.ToString(CultureInfo.InvariantCulture);
        if (expiresAt is { } expires)
        {
            // RFC 9110 date, as the expiration extension asks.
            response.Headers[ExpiresHeader] = expires.ToString("r", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A non-negative integer header, or null when it is absent or malformed.</summary>
    public static long? ReadLength(HttpRequest request, string header) =>
        long.TryParse(request.Headers[header].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>415 unless the request's body is declared as upload bytes (PATCH, and a creation that carries bytes).</summary>
    public static ProblemHttpResult? RequireOffsetContentType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals(OffsetContentType, StringComparison.OrdinalIgnoreCase)
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: $"Upload bytes are sent as {OffsetContentType}.",
                detail: $"Send the bytes as the body with Content-Type: {OffsetContentType}.");

    public static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The upload is larger than allowed.",
        detail: $"An upload holds at most {limit} bytes, and a PATCH may not carry more than the upload's remaining length.");

    public static ProblemHttpResult Gone(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status410Gone,
        title: "The upload has expired.",
        detail: $"Upload '{id}' was not finished in time; its bytes are discarded. Start a new upload.");

    /// <summary>Lets PATCH bodies pass the host's general request size limit; each PATCH then sets its own from the upload's remaining length.</summary>
    public sealed class UnlimitedBody : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => long.MaxValue;
    }
}
