using System.Security.Cryptography;
using Platform.Host.Kernel.Storage;

namespace Platform.Host.Tests.Kernel.Storage;

/// <summary>
/// A blob's SHA-256 worked out beside its write: the chunks are hashed in the order they were handed over, with no more
/// than <see cref="BackgroundHasher.Depth"/> buffers in play however long the blob is.
/// </summary>
public sealed class BackgroundHasherTests
{
    [Fact]
    public async Task Chunks_of_any_size_hash_to_the_SHA256_of_the_whole_with_a_bounded_set_of_buffers()
    {
        var content = RandomNumberGenerator.GetBytes(5 * 1024 * 1024 + 3);
        var random = new Random(7);
        var buffers = new HashSet<byte[]>(ReferenceEqualityComparer.Instance);
        await using var hasher = new BackgroundHasher(64 * 1024);

        for (var at = 0; at < content.Length;)
        {
            var buffer = await hasher.NextBufferAsync(TestContext.Current.CancellationToken);
            var count = Math.Min(content.Length - at, 1 + random.Next(64 * 1024));
            content.AsSpan(at, count).CopyTo(buffer);
            await hasher.AddAsync(buffer, count, TestContext.Current.CancellationToken);
            buffers.Add(buffer);
            at += count;
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), await hasher.FinishAsync());
        Assert.InRange(buffers.Count, 1, BackgroundHasher.Depth);
    }

    [Fact]
    public async Task A_writer_that_gives_up_half_way_leaves_nothing_running()
    {
        var hasher = new BackgroundHasher(1024);
        var buffer = await hasher.NextBufferAsync(TestContext.Current.CancellationToken);
        await hasher.AddAsync(buffer, 1024, TestContext.Current.CancellationToken);
        _ = await hasher.NextBufferAsync(TestContext.Current.CancellationToken);

        // Disposed without finishing, as when the upload fails: returns once the hashing thread has stopped.
        await hasher.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
