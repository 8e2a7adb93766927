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
    public async Task An_announced_length_reserves_the_space_and_content_shorter_than_announced_keeps_only_its_own_blocks()
    {
        var ct = TestContext.Current.CancellationToken;
        var whole = RandomNumberGenerator.GetBytes(3_000_000);
        var stored = await _container.PutAsync(new SmallReadsStream(whole, 64 * 1024), long.MaxValue, whole.Length, ct);
        Assert.Equal(new StoredBlob(Convert.ToHexStringLower(SHA256.HashData(whole)), whole.Length, false), stored);

        // A caller may announce more than arrives: the blob is what arrived, and the 64 MiB reserved past it are given back.
        var shorter = RandomNumberGenerator.GetBytes(100_000);
        var blob = await _container.PutAsync(new MemoryStream(shorter), long.MaxValue, 64 * 1024 * 1024, ct);
        var path = Path.Combine(_root, blob.Hash[..2], blob.Hash[2..4], blob.Hash);
        Assert.Equal(shorter.Length, new FileInfo(path).Length);
        Assert.True(AllocatedBytes(path) < 1024 * 1024, $"{AllocatedBytes(path)} bytes allocated for a blob of {shorter.Length}");
    }

    [Fact]
    public async Task A_disk_without_room_for_the_announced_length_fails_before_reading_and_keeps_nothing()
    {
        var free = new DriveInfo(_root).AvailableFreeSpace;
        using var content = new MemoryStream(new byte[1000]);

        await Assert.ThrowsAsync<BlobStoreFullException>(() => _container.PutAsync(content, long.MaxValue, free + (1L << 40), TestContext.Current.CancellationToken));

        Assert.Equal(0, content.Position);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, ".tmp")));
        Assert.Empty(await ToListAsync(_container.ListAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_staged_append_the_disk_has_no_room_for_fails_before_reading_and_keeps_what_was_staged()
    {
        var ct = TestContext.Current.CancellationToken;
        var upload = Guid.NewGuid().ToString("N");
        var first = RandomNumberGenerator.GetBytes(200_000);
        Assert.Equal(first.Length, await _container.AppendStagedAsync(upload, new MemoryStream(first), 0, long.MaxValue, first.Length, ct));
        using var next = new MemoryStream(new byte[1000]);

        var tooLarge = new DriveInfo(_root).AvailableFreeSpace + (1L << 40);
        await Assert.ThrowsAsync<BlobStoreFullException>(() => _container.AppendStagedAsync(upload, next, first.Length, long.MaxValue, tooLarge, ct));

        Assert.Equal(0, next.Position);
        Assert.Equal(first.Length, await _container.GetStagedLengthAsync(upload, ct));

        // An append announced longer than it is keeps what arrived, and only the blocks for it.
        var rest = RandomNumberGenerator.GetBytes(50_000);
        Assert.Equal(first.Length + rest.Length, await _container.AppendStagedAsync(upload, new MemoryStream(rest), first.Length, long.MaxValue, 64 * 1024 * 1024, ct));
        Assert.True(AllocatedBytes(Path.Combine(_root, ".staging", upload)) < 1024 * 1024, "the reservation past the staged bytes is given back");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([.. first, .. rest])), (await _container.CommitStagedAsync(upload, ct)).Hash);
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

    // The bytes the file system holds for a file (stat's blocks), reservations past its end included.
    private static long AllocatedBytes(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%b %B", path]) { RedirectStandardOutput = true })!;
        var fields = stat.StandardOutput.ReadToEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        stat.WaitForExit();
        return long.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture) * long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
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
