namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// The response body as ZipArchive writes to it. ZipArchive writes some records (entry headers, data descriptors)
/// synchronously even through its async API, and the server refuses synchronous writes (they would block a thread on
/// the network). Those small records are held here and sent ahead of the next asynchronous write or flush; entry data
/// arrives asynchronously and passes straight through, so nothing large is ever held.
/// </summary>
internal sealed class ZipOutputStream(Stream inner) : Stream
{
    // Far above any header ZipArchive writes; a synchronous write of file data would be a bug, not a reason to buffer a file.
    private const int MaxPendingBytes = 4 * 1024 * 1024;

    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    // ZipArchive reads the position of an unseekable stream to record entry offsets.
    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_pending.Length + buffer.Length > MaxPendingBytes)
        {
            throw new InvalidOperationException("The zip writer wrote file data synchronously; it must write it asynchronously.");
        }

        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await SendPendingAsync(cancellationToken);
        await inner.WriteAsync(buffer, cancellationToken);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        // Held until the next asynchronous write or flush.
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendPendingAsync(cancellationToken);
        await inner.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
            _pending.SetLength(0);
        }
    }
}
