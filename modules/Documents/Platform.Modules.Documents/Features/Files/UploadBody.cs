using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The file inside an upload request, as a stream read straight off the connection: either the raw body (its name from
/// the Content-Disposition header) or the one file part of a multipart/form-data body, as browsers and <c>curl -F</c>
/// send it, read section by section (the form is never buffered, unlike IFormFile). Small text fields of the form
/// (comment, tags, name) are collected before and after the file part.
/// </summary>
internal sealed class UploadBody
{
    /// <summary>The most bytes a text field of the form may hold.</summary>
    public const int FieldMaxBytes = 16 * 1024;

    /// <summary>The most text fields a form may hold.</summary>
    public const int MaxFields = 20;

    private readonly MultipartReader? _reader;
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.OrdinalIgnoreCase);

    private UploadBody(Stream content, long? length, string? fileName, MultipartReader? reader)
    {
        Content = content;
        Length = length;
        FileName = fileName;
        _reader = reader;
    }

    /// <summary>The file's bytes: read it to its end exactly once.</summary>
    public Stream Content { get; }

    /// <summary>The file's announced length: the Content-Length of a raw body; unknown for a form's file part.</summary>
    public long? Length { get; }

    /// <summary>The file name the client gave (Content-Disposition of the body or of the file part), if any.</summary>
    public string? FileName { get; }

    /// <summary>The values of a form field (empty for a raw body or when absent).</summary>
    public IReadOnlyList<string> Field(string name) => _fields.TryGetValue(name, out var values) ? values : [];

    /// <summary>
    /// Opens the file of <paramref name="request"/>: the first file part of a multipart form (after reading the fields
    /// before it), or the raw body held to its Content-Length. Answers an error for a form without a file part.
    /// </summary>
    public static async Task<(UploadBody? Body, string? Error)> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = new RequestBodyStream(request.Body, request.ContentLength);
        var contentType = request.ContentType;
        if (contentType is not null && contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return await OpenMultipartAsync(body, contentType, cancellationToken);
        }

        return (new UploadBody(body, request.ContentLength, FileNameOf(request.Headers.ContentDisposition.ToString()), null), null);
    }

    /// <summary>
    /// Reads the form's sections after the file part (fields such as a comment that came last). A second file part is an
    /// error: an upload is one file.
    /// </summary>
    public async Task<string?> ReadRestAsync(CancellationToken cancellationToken)
    {
        if (_reader is null)
        {
            return null;
        }

        try
        {
            // Whatever the store left unread of the file part is skipped by the reader before the next section.
            return await ReadFieldsAsync(_reader, this, cancellationToken) is { } section
                ? $"The form holds a second file ('{FileNameOf(section.ContentDisposition)}'); upload one file per request."
                : null;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or InvalidDataException)
        {
            return $"The form could not be read after its file: {e.Message}";
        }
    }

    private static async Task<(UploadBody? Body, string? Error)> OpenMultipartAsync(Stream requestBody, string contentType, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return (null, "A multipart body needs a boundary (of at most 200 characters) in its Content-Type.");
        }

        var reader = new MultipartReader(boundary, requestBody) { HeadersLengthLimit = 16 * 1024 };
        var body = new UploadBody(Stream.Null, null, null, reader);
        var file = await ReadFieldsAsync(reader, body, cancellationToken);
        if (file is null)
        {
            return (null, "The form holds no file part; send the file as a part with a filename (curl -F \"file=@report.pdf\").");
        }

        // The part's own stream reports a form cut before its closing boundary: the client's fault as well.
        var upload = new UploadBody(new RequestBodyStream(file.Body, null), null, FileNameOf(file.ContentDisposition), reader);
        foreach (var (name, values) in body._fields)
        {
            upload._fields[name] = values;
        }

        return (upload, null);
    }

    // Collects text fields until a file part (returned, unread) or the end of the form (null).
    private static async Task<MultipartSection?> ReadFieldsAsync(MultipartReader reader, UploadBody into, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                return section;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (string.IsNullOrEmpty(name) || into._fields.Values.Sum(v => v.Count) >= MaxFields)
            {
                throw new BadHttpRequestException($"A form may hold at most {MaxFields} named fields besides the file.");
            }

            var value = await ReadFieldAsync(section.Body, cancellationToken);
            if (!into._fields.TryGetValue(name, out var values))
            {
                into._fields[name] = values = [];
            }

            values.Add(value);
        }

        return null;
    }

    private static async Task<string> ReadFieldAsync(Stream section, CancellationToken cancellationToken)
    {
        var buffer = new byte[FieldMaxBytes + 1];
        var read = await section.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (read > FieldMaxBytes)
        {
            throw new BadHttpRequestException($"A form field may hold at most {FieldMaxBytes} bytes.");
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    // The filename* (RFC 5987, any script) when present, else the plain filename.
    private static string? FileNameOf(string? contentDisposition)
    {
        if (string.IsNullOrEmpty(contentDisposition) || !ContentDispositionHeaderValue.TryParse(contentDisposition, out var value))
        {
            return null;
        }

        var star = value.FileNameStar.Value;
        var name = string.IsNullOrEmpty(star) ? HeaderUtilities.RemoveQuotes(value.FileName).Value : star;
        return string.IsNullOrEmpty(name) ? null : name;
    }
}
