using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Platform.Host.Tests.Documents.Files;

/// <summary>
/// Deterministic pseudo-random bytes of any length, generated as they are read (never held whole): the same seed and
/// length give the same content, so a test can hash what it sent without keeping it. After <c>failAfter</c> bytes it
/// throws instead, as a client whose connection breaks mid-upload.
/// </summary>
public sealed class SeededStream(long length, ulong seed, long? failAfter = null) : Stream
{
    private ulong _state = seed | 1;
    private long _position;
    private readonly byte[] _pending = new byte[8];
    private int _pendingOffset = 8;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <summary>The SHA-256 (lower-case hex) of the content of this length and seed.</summary>
    public static string HashOf(long length, ulong seed)
    {
        using var stream = new SeededStream(length, seed);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (failAfter is { } limit && _position >= limit)
        {
            throw new IOException($"The connection broke after {_position} bytes (on purpose).");
        }

        var count = (int)Math.Min(buffer.Length, length - _position);
        if (failAfter is { } cut)
        {
            count = (int)Math.Min(count, Math.Max(1, cut - _position));
        }

        var i = 0;
        while (i < count)
        {
            if (_pendingOffset == 8)
            {
                Next();
            }

            if (_pendingOffset == 0 && count - i >= 8)
            {
                // Whole words straight into the buffer: a gigabyte is generated in about a second.
                BinaryPrimitives.WriteUInt64LittleEndian(buffer[i..], BinaryPrimitives.ReadUInt64LittleEndian(_pending));
                _pendingOffset = 8;
                i += 8;
                continue;
            }

            buffer[i++] = _pending[_pendingOffset++];
        }

        _position += count;
        return count;
    }

    // xorshift64*: fast, and varied enough that compression cannot cheat.
    private void Next()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        BinaryPrimitives.WriteUInt64LittleEndian(_pending, _state * 2685821657736338717UL);
        _pendingOffset = 0;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A request body that declares one length and sends another (or breaks off), as a faulty client would.</summary>
public sealed class MisdeclaredContent(byte[] content, long declaredLength) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(content).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = declaredLength;
        return true;
    }

    public static MisdeclaredContent Of(byte[] content, long declaredLength)
    {
        var body = new MisdeclaredContent(content, declaredLength);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return body;
    }
}
