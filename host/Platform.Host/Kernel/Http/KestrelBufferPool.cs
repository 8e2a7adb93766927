using System.Buffers;
using Microsoft.AspNetCore.Connections;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// The memory Kestrel receives requests into and sends responses from: 64 KiB blocks instead of its default 4 KiB.
/// Why: Kestrel receives into what is left of its current block, so with 4 KiB blocks a 1 GiB upload took half a million
/// receive calls of about 2 KiB each, and receiving it alone took 0.8 s on loopback; with 64 KiB blocks it takes 0.3 s
/// (docs/performance.md §9). The blocks come from the shared array pool: a quiet connection holds none (Kestrel waits
/// for data before it takes a block) and a busy one no more than Kestrel's request and response buffer limits.
/// </summary>
internal sealed class KestrelBufferPoolFactory : IMemoryPoolFactory<byte>
{
    public const int BlockSize = 64 * 1024;

    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new Pool();

    private sealed class Pool : MemoryPool<byte>
    {
        public override int MaxBufferSize => BlockSize;

        public override IMemoryOwner<byte> Rent(int minBufferSize = -1) =>
            new Block(ArrayPool<byte>.Shared.Rent(Math.Max(BlockSize, minBufferSize)));

        protected override void Dispose(bool disposing)
        {
            // The arrays belong to the shared pool; nothing of this pool's own to release.
        }
    }

    private sealed class Block(byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => _array ?? throw new ObjectDisposedException(nameof(Block));

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is { } returned)
            {
                ArrayPool<byte>.Shared.Return(returned);
            }
        }
    }
}
