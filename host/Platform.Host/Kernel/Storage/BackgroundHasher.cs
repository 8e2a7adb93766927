using System.Buffers;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Platform.Host.Kernel.Storage;

/// <summary>
/// The SHA-256 of a blob being written, worked out on the thread pool from chunks handed over in order, while the
/// writer goes on receiving and writing. Why: hashing 1 GiB takes 0.6 s of a core, as long as receiving and writing it
/// together; done inline, one core hashed while the other waited. The writer takes its buffers from here
/// (<see cref="NextBufferAsync"/>), so at most <see cref="Depth"/> chunks are in flight and memory stays bounded.
/// </summary>
internal sealed class BackgroundHasher : IAsyncDisposable
{
    /// <summary>How many chunks may wait for the hash at once.</summary>
    public const int Depth = 8;

    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[][] _buffers;
    private readonly Channel<byte[]> _free = Channel.CreateBounded<byte[]>(Depth);
    private readonly Channel<(byte[] Chunk, int Count)> _pending = Channel.CreateBounded<(byte[], int)>(Depth);
    private readonly Task _hashing;

    public BackgroundHasher(int chunkSize)
    {
        _buffers = [.. Enumerable.Range(0, Depth).Select(_ => ArrayPool<byte>.Shared.Rent(chunkSize))];
        foreach (var buffer in _buffers)
        {
            _free.Writer.TryWrite(buffer);
        }

        _hashing = Task.Run(HashAsync);
    }

    /// <summary>A buffer to fill, once the hash is done with one.</summary>
    public ValueTask<byte[]> NextBufferAsync(CancellationToken cancellationToken) => _free.Reader.ReadAsync(cancellationToken);

    /// <summary>Hands over the next <paramref name="count"/> bytes of the blob, in <paramref name="chunk"/>, which was taken from <see cref="NextBufferAsync"/>.</summary>
    public ValueTask AddAsync(byte[] chunk, int count, CancellationToken cancellationToken) => _pending.Writer.WriteAsync((chunk, count), cancellationToken);

    /// <summary>The lower-case hex SHA-256 of everything handed over.</summary>
    public async Task<string> FinishAsync()
    {
        _pending.Writer.TryComplete();
        await _hashing;
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        // The buffers go back to the pool only once the hashing thread is done with them.
        await _hashing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var buffer in _buffers)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _sha.Dispose();
    }

    private async Task HashAsync()
    {
        try
        {
            await foreach (var (chunk, count) in _pending.Reader.ReadAllAsync())
            {
                _sha.AppendData(chunk, 0, count);
                _free.Writer.TryWrite(chunk);
            }
        }
        catch (Exception e)
        {
            // A writer waiting for a buffer would wait forever: it gets the failure instead.
            _free.Writer.TryComplete(e);
            throw;
        }
    }
}
