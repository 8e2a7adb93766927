using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>
/// Reads an uploaded file: the raw body (Content-Type naming the format) or the first file of a multipart form. A
/// file over the format's limit is a 400 naming the file, without reading past the limit; a request body far over it
/// (more than <see cref="MultipartAllowance"/> beyond) is refused by the host with 413 before anything is read.
/// </summary>
internal static class ImportFile
{
    /// <summary>Room for the multipart envelope around a file of the maximum size.</summary>
    public const int MultipartAllowance = 64 * 1024;

    public static async Task<(byte[]? Content, string? Error)> ReadAsync(HttpRequest request, int maxBytes, string[] mediaTypes, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count == 0)
            {
                return (null, "The form holds no file; send the file as its first part.");
            }

            await using var stream = form.Files[0].OpenReadStream();
            var fromForm = await ReadLimitedAsync(stream, maxBytes, cancellationToken);
            return fromForm is null ? (null, TooLarge(maxBytes)) : (fromForm, null);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !mediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"Send the file as the body with Content-Type {string.Join(" or ", mediaTypes)}, or as a multipart/form-data file.");
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var content = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken);
        return content is null ? (null, TooLarge(maxBytes)) : (content, null);
    }

    /// <summary>The body limit of an import endpoint: the file limit and the multipart envelope.</summary>
    public static IRequestSizeLimitMetadata BodyLimit(int maxBytes) => new SizeLimit(maxBytes + MultipartAllowance);

    private static string TooLarge(int maxBytes) => $"The file is larger than {maxBytes} bytes; split it into several imports.";

    /// <summary>The whole stream, or null as soon as it passes <paramref name="limit"/> bytes (the rest is never read).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class SizeLimit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
