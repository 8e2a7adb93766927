using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.Host.Kernel;
using Platform.Host.Kernel.Storage;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Storage;

namespace Platform.Host.Tests.Kernel.Storage;

/// <summary>The host's default blob store: content-addressed, atomic, deduplicated, and resumable through staging.</summary>
public sealed class FileSystemBlobContainerTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly IBlobContainer _container;
    private readonly string _root;

    public FileSystemBlobContainerTests()
    {
        var storage = new FileSystemBlobStorage(Options.Create(new PlatformOptions { DataDirectory = _temp.Path }), TimeProvider.System);
        _container = storage.GetContainer("documents");
        _root = Path.Combine(_temp.Path, "blobs", "documents");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_blob_is_stored_once_under_its_SHA256_and_reads_back_byte_for_byte()
    {
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024 + 17);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));

        var first = await _container.PutAsync(new MemoryStream(content), long.MaxValue, CancellationToken.None);
        var second = await _container.PutAsync(new MemoryStream(content), long.MaxValue, CancellationToken.None);

        Assert.Equal(new StoredBlob(hash, content.Length, false), first);
        Assert.True(second.AlreadyExisted);
        Assert.True(File.Exists(Path.Combine(_root, hash[..2], hash[2..4], hash)));
        await using var read = await _container.OpenReadAsync(hash, CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal(hash, Assert.Single(await ToListAsync(_container.ListAsync(CancellationToken.None))).Hash);
        // The second copy is deleted off the caller's path, soon after.
        await HttpAssertions.EventuallyAsync(
            () => Task.FromResult(Directory.EnumerateFiles(Path.Combine(_root, ".tmp")).Count()), n => n == 0, TimeSpan.FromSeconds(10), "the duplicate's copy is deleted");
    }

    [Fact]
    public void Temporary_files_left_unwritten_for_an_hour_are_removed_when_the_store_opens_and_live_ones_stay()
    {
        var temp = Path.Combine(_root, ".tmp");
        var abandoned = Path.Combine(temp, "left-by-a-crash");
        var live = Path.Combine(temp, "being-written");
        File.WriteAllBytes(abandoned, new byte[1000]);
        File.WriteAllBytes(live, new byte[1000]);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - FileSystemBlobContainer.AbandonedAfter - TimeSpan.FromMinutes(1));

        _ = new FileSystemBlobContainer(_root, TimeProvider.System);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public async Task A_large_blob_arriving_in_small_pieces_is_hashed_in_order_and_stored_whole()
    {
        // 20 MiB in 64 KiB reads: far more chunks than the hasher keeps in flight, and past two early-writeback marks.
        var content = RandomNumberGenerator.GetBytes(20 * 1024 * 1024 + 5);

        var stored = await _container.PutAsync(new SmallReadsStream(content, 64 * 1024), long.MaxValue, TestContext.Current.CancellationToken);

        Assert.Equal(new StoredBlob(Convert.ToHexStringLower(SHA256.HashData(content)), content.Length, false), stored);
        await using var read = await _container.OpenReadAsync(stored.Hash, TestContext.Current.CancellationToken);
        Assert.Equal(stored.Hash, Convert.ToHexStringLower(await SHA256.HashDataAsync(read!, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Content_over_the_limit_or_a_failing_stream_leaves_nothing_behind()
    {
        await Assert.ThrowsAsync<BlobTooLargeException>(() => _container.PutAsync(new MemoryStream(new byte[2_000_000]), 1_000_000, CancellationToken.None));
        await Assert.ThrowsAsync<IOException>(() => _container.PutAsync(new FailingStream(1_500_000), long.MaxValue, CancellationToken.None));

        Assert.Empty(await ToListAsync(_container.ListAsync(CancellationToken.None)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, ".tmp")));
    }

    [Fact]
    public async Task A_staged_upload_resumes_from_what_arrived_before_a_cut_and_commits_to_a_blob()
    {
        var content = RandomNumberGenerator.GetBytes(5_000_000);
        var upload = Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<IOException>(() => _container.AppendStagedAsync(upload, new FailingStream(2_000_000, content), 0, long.MaxValue, CancellationToken.None));
        var kept = await _container.GetStagedLengthAsync(upload, CancellationToken.None);
        Assert.True(kept > 0 && kept <= 2_000_000, $"{kept} bytes kept");

        var mismatch = await Assert.ThrowsAsync<StagedOffsetMismatchException>(() => _container.AppendStagedAsync(upload, new MemoryStream(content), 0, long.MaxValue, CancellationToken.None));
        Assert.Equal(kept, mismatch.ActualOffset);

        var length = await _container.AppendStagedAsync(upload, new MemoryStream(content, (int)kept, content.Length - (int)kept), kept, long.MaxValue, CancellationToken.None);
        Assert.Equal(content.Length, length);
        var blob = await _container.CommitStagedAsync(upload, CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), blob.Hash);
        Assert.Equal(0, await _container.GetStagedLengthAsync(upload, CancellationToken.None));
        await Assert.ThrowsAsync<BlobTooLargeException>(() => _container.AppendStagedAsync("other", new MemoryStream(content), 0, 1_000, CancellationToken.None));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("ABCDEF")]
    [InlineData("")]
    public async Task Keys_and_upload_ids_that_could_leave_the_container_are_refused(string key)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => _container.OpenReadAsync(key, CancellationToken.None));
        if (key.Contains('/'))
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => _container.GetStagedLengthAsync(key, CancellationToken.None));
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A client whose bytes arrive at most <c>piece</c> at a time, as from a socket.</summary>
    private sealed class SmallReadsStream(byte[] content, int piece) : MemoryStream(content, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, piece)], cancellationToken);
    }

    /// <summary>A client whose connection breaks after <c>failAfter</c> bytes.</summary>
    private sealed class FailingStream(int failAfter, byte[]? content = null) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(Math.Min(count, 64 * 1024), failAfter - _position);
            if (content is not null)
            {
                Array.Copy(content, _position, buffer, offset, n);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
