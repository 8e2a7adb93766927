using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using Platform.Sdk.Storage;

namespace Platform.Host.Kernel.Storage;

/// <summary>
/// A blob container in a folder. Layout: <c>ab/cd/abcd…</c> (the hex SHA-256, fanned out by its first two bytes so no
/// folder grows huge), <c>.tmp/</c> for blobs being written, <c>.staging/</c> for resumable uploads. A blob is written
/// to <c>.tmp</c>, flushed to the disk, then renamed into place: a rename within one file system is atomic, so a blob's
/// path never holds a partial file, whatever crashes when.
/// </summary>
internal sealed class FileSystemBlobContainer : IBlobContainer
{
    private const int BufferSize = 1 << 20;

    // The most bytes written at a time. Not more: a larger write makes the kernel's page cache take larger blocks of
    // memory, which on a virtual machine that hands freed memory back to its host now and then cost several times as
    // much (a 1 GiB upload in 1 MiB writes took 1.2 to 1.6 s in a third of the rounds, in 512 KiB writes 0.65 to 0.80 s
    // in all of them, docs/performance.md §9).
    private const int WriteSize = 512 << 10;

    /// <summary>How long a temporary file may go unwritten before it counts as left by a crash.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private readonly string _root;
    private readonly string _temp;
    private readonly string _staging;
    private readonly TimeProvider _time;
    private long _nextCleanup;

    public FileSystemBlobContainer(string root, TimeProvider time)
    {
        _root = root;
        _temp = Path.Combine(root, ".tmp");
        _staging = Path.Combine(root, ".staging");
        _time = time;
        Directory.CreateDirectory(_temp);
        Directory.CreateDirectory(_staging);
        RemoveAbandonedTemporaryFiles();
    }

    public Task<StoredBlob> PutAsync(Stream content, long maxLength, CancellationToken cancellationToken) =>
        PutAsync(content, maxLength, null, cancellationToken);

    public async Task<StoredBlob> PutAsync(Stream content, long maxLength, long? expectedLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        RemoveAbandonedTemporaryFiles();
        var temp = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            string hash;
            long length;
            using (var file = OpenForWriting(temp, FileMode.CreateNew))
            {
                var reserved = Math.Min(expectedLength ?? 0, maxLength);
                DiskSpace.Reserve(file, _temp, 0, reserved);
                await using var hasher = new BackgroundHasher(BufferSize);
                length = await HashAndWriteAsync(content, file, hasher, maxLength, cancellationToken);
                DiskSpace.ReleaseUnused(file, reserved);
                RandomAccess.FlushToDisk(file);
                hash = await hasher.FinishAsync();
            }

            return MoveIntoPlace(temp, hash, length);
        }
        catch (IOException e) when (DiskSpace.IsFull(e))
        {
            throw new BlobStoreFullException(e);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string hash, CancellationToken cancellationToken)
    {
        var path = PathOf(hash);
        try
        {
            Stream stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                BufferSize = 0,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return Task.FromResult<Stream?>(stream);
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
        catch (DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<BlobInfo?> GetInfoAsync(string hash, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathOf(hash));
        return Task.FromResult(file.Exists ? new BlobInfo(hash, file.Length, file.LastWriteTimeUtc) : null);
    }

    public Task<bool> DeleteAsync(string hash, CancellationToken cancellationToken)
    {
        var path = PathOf(hash);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var first in Directory.EnumerateDirectories(_root, "??"))
        {
            foreach (var second in Directory.EnumerateDirectories(first, "??"))
            {
                foreach (var path in Directory.EnumerateFiles(second))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var name = Path.GetFileName(path);
                    if (IsHash(name))
                    {
                        var file = new FileInfo(path);
                        yield return new BlobInfo(name, file.Length, file.LastWriteTimeUtc);
                    }
                }
            }
        }
    }

    public Task<long> AppendStagedAsync(string uploadId, Stream content, long offset, long maxLength, CancellationToken cancellationToken) =>
        AppendStagedAsync(uploadId, content, offset, maxLength, null, cancellationToken);

    public async Task<long> AppendStagedAsync(string uploadId, Stream content, long offset, long maxLength, long? expectedLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var file = OpenForWriting(StagedPathOf(uploadId), FileMode.OpenOrCreate);
        var staged = RandomAccess.GetLength(file);
        if (staged != offset)
        {
            throw new StagedOffsetMismatchException(offset, staged);
        }

        var reserved = Math.Min(expectedLength ?? 0, maxLength - offset);
        try
        {
            DiskSpace.Reserve(file, _staging, offset, reserved);
            await AppendAsync(content, file, offset, maxLength, cancellationToken);
        }
        catch (IOException e) when (DiskSpace.IsFull(e))
        {
            throw new BlobStoreFullException(e);
        }
        finally
        {
            // Keep what arrived before a cut connection (the client resumes from there), without the blocks reserved past it.
            DiskSpace.ReleaseUnused(file, offset + reserved);
            RandomAccess.FlushToDisk(file);
        }

        return RandomAccess.GetLength(file);
    }

    public Task<long> GetStagedLengthAsync(string uploadId, CancellationToken cancellationToken)
    {
        var file = new FileInfo(StagedPathOf(uploadId));
        return Task.FromResult(file.Exists ? file.Length : 0L);
    }

    public async Task<StoredBlob> CommitStagedAsync(string uploadId, CancellationToken cancellationToken)
    {
        var staged = StagedPathOf(uploadId);
        string hash;
        long length;
        await using (var file = new FileStream(staged, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan))
        {
            length = file.Length;
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        }

        return MoveIntoPlace(staged, hash, length);
    }

    public Task DeleteStagedAsync(string uploadId, CancellationToken cancellationToken)
    {
        File.Delete(StagedPathOf(uploadId));
        return Task.CompletedTask;
    }

    private static SafeFileHandle OpenForWriting(string path, FileMode mode) => File.OpenHandle(path, mode, FileAccess.Write, FileShare.None);

    // A new blob: each chunk is written at its offset on this thread (.NET runs an asynchronous file write on a pool
    // thread anyway) and handed to the hasher, which works beside the next read and write. Fails as soon as the limit is
    // passed, without reading the rest.
    private static async Task<long> HashAndWriteAsync(Stream source, SafeFileHandle target, BackgroundHasher hasher, long maxLength, CancellationToken cancellationToken)
    {
        var writeback = new EarlyWriteback(target, 0);
        long written = 0;
        while (true)
        {
            var buffer = await hasher.NextBufferAsync(cancellationToken);
            var read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken);
            if (read == 0)
            {
                return written;
            }

            Write(target, buffer.AsSpan(0, read), ref written, maxLength, writeback);
            await hasher.AddAsync(buffer, read, cancellationToken);
        }
    }

    // A resumable upload's next bytes: each read is written (and so kept) as it arrives, for the client to resume from.
    private static async Task AppendAsync(Stream source, SafeFileHandle target, long written, long maxLength, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var writeback = new EarlyWriteback(target, written);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                Write(target, buffer.AsSpan(0, read), ref written, maxLength, writeback);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Write(SafeFileHandle target, ReadOnlySpan<byte> chunk, ref long written, long maxLength, EarlyWriteback writeback)
    {
        if (written + chunk.Length > maxLength)
        {
            throw new BlobTooLargeException(maxLength);
        }

        for (var start = 0; start < chunk.Length; start += WriteSize)
        {
            RandomAccess.Write(target, chunk.Slice(start, Math.Min(WriteSize, chunk.Length - start)), written + start);
        }

        written += chunk.Length;
        writeback.Written(written);
    }

    private StoredBlob MoveIntoPlace(string source, string hash, long length)
    {
        var target = PathOf(hash);
        if (TryTouch(target))
        {
            Discard(source);
            return new StoredBlob(hash, length, AlreadyExisted: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(source, target, overwrite: false);
        }
        catch (IOException) when (TryTouch(target))
        {
            // The same content arrived concurrently and was stored first.
            Discard(source);
            return new StoredBlob(hash, length, AlreadyExisted: true);
        }

        // The new name must survive a crash too: flush the folder that holds it.
        DirectorySync.Flush(Path.GetDirectoryName(target)!);
        File.SetLastWriteTimeUtc(target, _time.GetUtcNow().UtcDateTime);
        return new StoredBlob(hash, length, AlreadyExisted: false);
    }

    // The copy of content already stored goes, off the caller's path: deleting a large file takes a while (0.18 s a GiB,
    // as the kernel drops its cached pages), and the caller only waits for the rename aside. A crash before the deletion
    // leaves the file in .tmp, where RemoveAbandonedTemporaryFiles finds it.
    private void Discard(string path)
    {
        var aside = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        File.Move(path, aside);
        _ = Task.Run(() => TryDelete(aside));
    }

    // Files in .tmp unwritten for an hour were left by a crash (a live upload writes all the time, and Kestrel drops a
    // client that sends too slowly): removed when the container opens and at most once an hour after.
    private void RemoveAbandonedTemporaryFiles()
    {
        var now = _time.GetUtcNow();
        if (now.UtcTicks < Interlocked.Read(ref _nextCleanup))
        {
            return;
        }

        Interlocked.Exchange(ref _nextCleanup, (now + AbandonedAfter).UtcTicks);
        foreach (var file in new DirectoryInfo(_temp).EnumerateFiles())
        {
            if (now - file.LastWriteTimeUtc > AbandonedAfter)
            {
                TryDelete(file.FullName);
            }
        }
    }

    // Deletions of files no one waits for: one that fails now is found again by the next clean-up.
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    // Identical content stored again counts as stored now, so the orphan sweep's grace period covers the moment between
    // this write and the row that will reference it, also when the blob itself is old and unreferenced. False when
    // there is no such blob (or a sweep just took it): then the caller's content is moved into place as a new blob.
    private bool TryTouch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private string PathOf(string hash)
    {
        if (!IsHash(hash))
        {
            throw new ArgumentException($"'{hash}' is not a blob key (64 lower-case hex digits).", nameof(hash));
        }

        return Path.Combine(_root, hash[..2], hash[2..4], hash);
    }

    private string StagedPathOf(string uploadId)
    {
        if (string.IsNullOrEmpty(uploadId) || uploadId.Length > 100 || !uploadId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{uploadId}' is not an upload id: letters, digits and '-' only.", nameof(uploadId));
        }

        return Path.Combine(_staging, uploadId);
    }

    private static bool IsHash(string value) =>
        value.Length == 64 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
