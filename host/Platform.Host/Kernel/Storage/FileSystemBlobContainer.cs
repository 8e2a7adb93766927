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

    private readonly string _root;
    private readonly string _temp;
    private readonly string _staging;
    private readonly TimeProvider _time;

    public FileSystemBlobContainer(string root, TimeProvider time)
    {
        _root = root;
        _temp = Path.Combine(root, ".tmp");
        _staging = Path.Combine(root, ".staging");
        _time = time;
        Directory.CreateDirectory(_temp);
        Directory.CreateDirectory(_staging);
    }

    public async Task<StoredBlob> PutAsync(Stream content, long maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            string hash;
            long length;
            using (var file = OpenForWriting(temp, FileMode.CreateNew))
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                length = await CopyAsync(content, file, sha, 0, maxLength, cancellationToken);
                RandomAccess.FlushToDisk(file);
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            return MoveIntoPlace(temp, hash, length);
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

    public async Task<long> AppendStagedAsync(string uploadId, Stream content, long offset, long maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var file = OpenForWriting(StagedPathOf(uploadId), FileMode.OpenOrCreate);
        var staged = RandomAccess.GetLength(file);
        if (staged != offset)
        {
            throw new StagedOffsetMismatchException(offset, staged);
        }

        try
        {
            await CopyAsync(content, file, null, offset, maxLength, cancellationToken);
        }
        finally
        {
            // Keep what arrived before a cut connection: the client resumes from there.
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

    // Copies in large chunks after the file's first `written` bytes, hashing as it goes; fails (without reading the
    // rest) as soon as the limit is passed. Each chunk is written at its offset on this thread: .NET runs a file write
    // on a pool thread anyway, so an asynchronous one only added a hop per chunk.
    private static async Task<long> CopyAsync(Stream source, SafeFileHandle target, IncrementalHash? hash, long written, long maxLength, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        var writeback = new EarlyWriteback(target, written);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                if (written + read > maxLength)
                {
                    throw new BlobTooLargeException(maxLength);
                }

                hash?.AppendData(buffer, 0, read);
                RandomAccess.Write(target, buffer.AsSpan(0, read), written);
                written += read;
                writeback.Written(written);
            }

            return written;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private StoredBlob MoveIntoPlace(string source, string hash, long length)
    {
        var target = PathOf(hash);
        if (TryTouch(target))
        {
            File.Delete(source);
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
            File.Delete(source);
            return new StoredBlob(hash, length, AlreadyExisted: true);
        }

        // The new name must survive a crash too: flush the folder that holds it.
        DirectorySync.Flush(Path.GetDirectoryName(target)!);
        File.SetLastWriteTimeUtc(target, _time.GetUtcNow().UtcDateTime);
        return new StoredBlob(hash, length, AlreadyExisted: false);
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
