using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Host.Tests.Documents.Uploads;

/// <summary>The requests a tus 1.0 client sends, written out so the tests read like the protocol.</summary>
public static class TusClient
{
    public const string Version = "1.0.0";

    /// <summary>POST /uploads with Upload-Length and the metadata pairs (values base64-encoded here).</summary>
    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, long length, params (string Key, object Value)[] metadata) =>
        CreateWithUploadAsync(client, length, null, metadata);

    /// <summary>POST /uploads carrying the first bytes (creation-with-upload) as <paramref name="contentType"/>; no body when null.</summary>
    public static Task<HttpResponseMessage> CreateWithUploadAsync(
        HttpClient client, long length, byte[]? bytes, (string Key, object Value)[] metadata, string contentType = "application/offset+octet-stream")
    {
        var request = Request(HttpMethod.Post, "/api/documents/uploads");
        request.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", Metadata(metadata));
        if (bytes is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        return client.SendAsync(request);
    }

    /// <summary>Creates an upload that must succeed and returns its URL.</summary>
    public static async Task<string> StartAsync(HttpClient client, long length, params (string Key, object Value)[] metadata)
    {
        var response = await CreateAsync(client, length, metadata);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Version, response.Headers.GetValues("Tus-Resumable").Single());
        return response.Headers.Location!.OriginalString;
    }

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, long offset, byte[] bytes) =>
        PatchAsync(client, url, offset, new ByteArrayContent(bytes));

    /// <summary>POST /uploads with Upload-Defer-Length: 1 instead of a length (creation-defer-length).</summary>
    public static Task<HttpResponseMessage> CreateDeferredAsync(HttpClient client, params (string Key, object Value)[] metadata)
    {
        var request = Request(HttpMethod.Post, "/api/documents/uploads");
        request.Headers.Add("Upload-Defer-Length", "1");
        request.Headers.Add("Upload-Metadata", Metadata(metadata));
        return client.SendAsync(request);
    }

    /// <summary>A PATCH that also names the upload's length (creation-defer-length).</summary>
    public static Task<HttpResponseMessage> PatchWithLengthAsync(HttpClient client, string url, long offset, long length, byte[] bytes) =>
        PatchAsync(client, url, offset, new ByteArrayContent(bytes), length: length);

    public static Task<HttpResponseMessage> PatchAsync(
        HttpClient client, string url, long offset, HttpContent body, string contentType = "application/offset+octet-stream", CancellationToken connection = default,
        long? length = null)
    {
        var request = Request(HttpMethod.Patch, url);
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (length is not null)
        {
            request.Headers.Add("Upload-Length", length.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Content = body;
        return client.SendAsync(request, connection);
    }

    /// <summary>Sends all of <paramref name="content"/> from <paramref name="offset"/> and expects completion: the document's id.</summary>
    public static async Task<Guid> FinishAsync(HttpClient client, string url, long offset, byte[] content)
    {
        var response = await PatchAsync(client, url, offset, content[(int)offset..]);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(content.Length, OffsetOf(response));
        return Guid.Parse(response.Headers.GetValues("Platform-Document-Id").Single());
    }

    public static Task<HttpResponseMessage> HeadAsync(HttpClient client, string url) => client.SendAsync(Request(HttpMethod.Head, url));

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url) => client.SendAsync(Request(HttpMethod.Delete, url));

    public static long OffsetOf(HttpResponseMessage response) => long.Parse(response.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);

    public static HttpRequestMessage Request(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Tus-Resumable", Version);
        return request;
    }

    // Upload-Metadata: the pairs, each value base64-encoded.
    private static string Metadata((string Key, object Value)[] metadata) =>
        string.Join(',', metadata.Select(m => $"{m.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(m.Value.ToString()!))}"));
}

/// <summary>
/// A request body that sends its first <paramref name="stallAfter"/> bytes, then stalls until <paramref name="connection"/>
/// is cut, as a client whose network goes away mid-request. (A body that throws instead is never seen by the in-memory
/// test server: it only learns of a client gone through the request's cancellation.)
/// </summary>
public sealed class StallingStream(byte[] content, int stallAfter, CancellationToken connection) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= stallAfter)
        {
            await Task.Delay(Timeout.Infinite, connection);
        }

        var read = Math.Min(Math.Min(buffer.Length, stallAfter - _position), content.Length - _position);
        content.AsMemory(_position, read).CopyTo(buffer);
        _position += read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
