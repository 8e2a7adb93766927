using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Platform.Sdk.Storage;

namespace Platform.Host.Kernel.Storage;

/// <summary>
/// Space on the disk for a blob being written. A blob whose length is announced gets its blocks reserved before the
/// first byte is read (Linux's fallocate, keeping the file's length as it is): a disk without room fails the upload at
/// once instead of after most of the body arrived, and the file system allocates the blocks in one go rather than page
/// by page while the data arrives (writing 1 GiB into the page cache took 0.20 s instead of 0.28 s, docs/performance.md
/// §9). Elsewhere, and on a file system that cannot reserve, the blocks are allocated as the data is written.
/// </summary>
internal static partial class DiskSpace
{
    private const int KeepSize = 1; // FALLOC_FL_KEEP_SIZE
    private const int NoSpace = 28; // ENOSPC
    private const int FileTooLarge = 27; // EFBIG
    private const int QuotaExceeded = 122; // EDQUOT
    private const int WindowsDiskFull = 112; // ERROR_DISK_FULL
    private const int WindowsHandleDiskFull = 39; // ERROR_HANDLE_DISK_FULL

    /// <summary>
    /// Reserves <paramref name="length"/> bytes of <paramref name="file"/> (which lies in <paramref name="folder"/>) from
    /// <paramref name="offset"/> on.
    /// </summary>
    /// <exception cref="BlobStoreFullException">The disk has no room for them.</exception>
    public static void Reserve(SafeFileHandle file, string folder, long offset, long length)
    {
        if (!OperatingSystem.IsLinux() || length <= 0)
        {
            return;
        }

        // Asked first: a reservation that fails has taken what it could before failing, and until it is given back the
        // full disk would fail every other write, the databases' commits among them.
        if (length > new DriveInfo(folder).AvailableFreeSpace)
        {
            throw Full(length);
        }

        if (Fallocate((int)file.DangerousGetHandle(), KeepSize, offset, length) != 0
            && Marshal.GetLastPInvokeError() is NoSpace or FileTooLarge or QuotaExceeded)
        {
            throw Full(length);
        }
    }

    /// <summary>
    /// Gives back the blocks reserved past the end of <paramref name="file"/> when it ended before
    /// <paramref name="reservedUntil"/> (content shorter than announced, a cut connection): cutting a file to its own
    /// length frees what lies past its end.
    /// </summary>
    public static void ReleaseUnused(SafeFileHandle file, long reservedUntil)
    {
        var length = RandomAccess.GetLength(file);
        if (length < reservedUntil)
        {
            RandomAccess.SetLength(file, length);
        }
    }

    /// <summary>Whether a write failed for want of space (the error .NET raises carries the system's error code).</summary>
    public static bool IsFull(IOException error) => OperatingSystem.IsWindows()
        ? (error.HResult & 0xFFFF) is WindowsDiskFull or WindowsHandleDiskFull
        : error.HResult is NoSpace or QuotaExceeded;

    private static BlobStoreFullException Full(long length) => new(new IOException($"No room on the disk for {length} bytes.", NoSpace));

    [LibraryImport("libc", EntryPoint = "fallocate", SetLastError = true)]
    private static partial int Fallocate(int descriptor, int mode, long offset, long length);
}
