using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Platform.Host.Kernel.Storage;

/// <summary>
/// Asks the kernel to start writing a file's new bytes to the disk every 8 MiB while the file is still being written,
/// so the flush that ends a blob's write finds little left to do: the disk works while the rest of the upload arrives
/// (a 1 GiB upload's final flush took 0.3 to 1.1 s without it, docs/performance.md §9). PostgreSQL's *_flush_after
/// settings and RocksDB's bytes_per_sync do the same with the same call, Linux's sync_file_range, which starts the
/// writeback and does not wait for it. It only starts work early: durability still comes from the final flush.
/// Elsewhere it does nothing.
/// </summary>
internal sealed partial class EarlyWriteback(SafeFileHandle file, long writtenBefore)
{
    private const long Every = 8 << 20;
    private const uint StartWritingDirtyPages = 2; // SYNC_FILE_RANGE_WRITE

    private long _started = writtenBefore;

    /// <summary>Notes that the file now holds <paramref name="end"/> bytes; starts their writeback once 8 MiB are new.</summary>
    public void Written(long end)
    {
        if (!OperatingSystem.IsLinux() || end - _started < Every)
        {
            return;
        }

        // A hint: a file system that cannot take it (an error) is flushed whole at the end, as without it.
        _ = SyncFileRange((int)file.DangerousGetHandle(), _started, end - _started, StartWritingDirtyPages);
        _started = end;
    }

    [LibraryImport("libc", EntryPoint = "sync_file_range")]
    private static partial int SyncFileRange(int descriptor, long offset, long count, uint flags);
}
