using Microsoft.AspNetCore.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// An upload's request body as the upload code reads it. It is held to its declared Content-Length: a body that ends
/// early (a client that stopped sending) or goes on past it (a header that lied) fails, so it is refused instead of
/// being stored cut or padded (Kestrel enforces the length on the wire already; this makes the rule hold on any server).
/// And every failure to read it becomes an <see cref="UploadReadException"/>, so the upload answers the client's
/// mistake with a 4xx while a failure of the disk the blob goes to stays a server error.
/// </summary>
internal sealed class RequestBodyStream(Stream inner, long? declaredLength) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return Check(inner.Read(buffer, offset, count), count);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException && e is not UploadReadException)
        {
            throw Translate(e);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Check(await inner.ReadAsync(buffer, cancellationToken), buffer.Length);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException && e is not UploadReadException)
        {
            throw Translate(e);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static UploadReadException Translate(Exception e) => e switch
    {
        BadHttpRequestException bad => new UploadReadException(bad.Message, bad.StatusCode, e),
        _ => new UploadReadException($"The upload was cut off before its end: {e.Message}", StatusCodes.Status400BadRequest, e),
    };

    private int Check(int read, int requested)
    {
        _read += read;
        if (_read > declaredLength)
        {
            throw new UploadReadException($"The body is longer than its Content-Length of {declaredLength} bytes.", StatusCodes.Status400BadRequest);
        }

        if (read == 0 && requested > 0 && _read < declaredLength)
        {
            throw new UploadReadException($"The body ended after {_read} of the {declaredLength} bytes its Content-Length declared.", StatusCodes.Status400BadRequest);
        }

        return read;
    }
}

/// <summary>The request body of an upload could not be read to its proper end; nothing of it is kept.</summary>
/// <param name="message">What went wrong, for the client.</param>
/// <param name="statusCode">The answer: 400 for a cut or padded body, 413 for one over the host's limit.</param>
/// <param name="inner">The failure of the connection, if one caused it.</param>
internal sealed class UploadReadException(string message, int statusCode, Exception? inner = null) : IOException(message, inner)
{
    public int StatusCode { get; } = statusCode;
}
