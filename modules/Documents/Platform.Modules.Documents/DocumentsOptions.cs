namespace Platform.Modules.Documents;

/// <summary>The module's settings, from the configuration section <c>Modules:documents</c>.</summary>
public sealed class DocumentsOptions
{
    /// <summary>The largest file accepted, in bytes (default 2 GiB), for plain and resumable uploads alike.</summary>
    public long MaxUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Days an item stays in the recycle bin before it is purged (default 30).</summary>
    public int RecycleBinDays { get; set; } = 30;

    /// <summary>Hours an unreferenced blob is spared before the sweep deletes it (default 24), so uploads in flight keep theirs.</summary>
    public int OrphanGraceHours { get; set; } = 24;

    /// <summary>Hours a resumable upload may stay unfinished before it is discarded (default 24).</summary>
    public int UploadExpiryHours { get; set; } = 24;

    /// <summary>Minutes between storage sweeps, which discard expired uploads and delete unreferenced blobs (default 60).</summary>
    public int StorageSweepMinutes { get; set; } = 60;

    /// <summary>Hours a check-out lock lasts unless the holder asks for another duration (default 8, at most 7 days).</summary>
    public int DefaultLockHours { get; set; } = 8;

    /// <summary>Version retention: how many versions each document keeps at most (null: all). The current one is always kept.</summary>
    public int? KeepVersions { get; set; }

    /// <summary>
    /// Version retention by age: versions older than this many days are thinned to one per day, and older than four times
    /// as many days to one per month (null: no thinning). The current one is always kept.
    /// </summary>
    public int? ThinVersionsAfterDays { get; set; }

    /// <summary>Whether the demo folders and files are created at start (the README's run command sets it).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Wrong passwords a share link accepts within <see cref="ShareLinkPasswordWindowMinutes"/> before it refuses every attempt until the window ends (default 10).</summary>
    public int ShareLinkPasswordAttempts { get; set; } = 10;

    /// <summary>The window, in minutes, over which a share link counts wrong passwords (default 15).</summary>
    public int ShareLinkPasswordWindowMinutes { get; set; } = 15;

    /// <summary>Files larger than this many bytes are indexed by name and metadata only, without reading their text (default 100 MiB).</summary>
    public long SearchMaxExtractBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>
    /// How many matches a search ranks, newest first, by content and again by name (default 1,000 each): past that the
    /// count is a lower bound. Larger is more complete and slower for words found in most documents.
    /// </summary>
    public int SearchRankedMatches { get; set; } = 500;

    /// <summary>Seconds the indexer spends reading one file's text before it indexes what it has (default 30).</summary>
    public int SearchExtractionTimeoutSeconds { get; set; } = 30;
}
