namespace Platform.Modules.Documents.Domain;

/// <summary>
/// The search index's row for one document in use: the texts full-text search matches (name, tags, metadata, folder
/// path, extracted content). It lives in the module's database next to the rows it describes, so it is backed up with
/// them and filtered by access in the same query. The database's full-text structures (an FTS5 table on SQLite, tsvector
/// columns on PostgreSQL) are kept from these columns by the database itself (see the migrations and docs/modules/documents.md, Search).
/// </summary>
public sealed class SearchEntry
{
    /// <summary>Extracted text is cut here, so one huge file cannot blow up the index (PostgreSQL caps a tsvector at 1 MB).</summary>
    public const int MaxBodyChars = 500_000;

    /// <summary>An integer key: SQLite's FTS5 table refers to rows by an integer that must stay stable.</summary>
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The document's tags, separated by spaces.</summary>
    public string Tags { get; set; } = "";

    /// <summary>The document's metadata fields as "key value" lines.</summary>
    public string Metadata { get; set; } = "";

    /// <summary>The names of the folders from the space's root down to the document's folder, separated by " / ".</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// The document's folder and every folder above it as index words (see Features/Search/SearchScope): a search within
    /// a folder, or over the parts of the tree a caller may read, is then narrowed inside the full-text index itself.
    /// </summary>
    public string Scope { get; set; } = "";

    /// <summary>Text extracted from the current version (empty when it has none or could not be read).</summary>
    public string Body { get; set; } = "";

    /// <summary>The hash of the content <see cref="Body"/> was extracted from: a rename or move does not extract again.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>How extraction went (text, no text, unreadable, too large, timed out), for operators.</summary>
    public ExtractionOutcome Extraction { get; set; }

    public DateTimeOffset IndexedAt { get; set; }
}

/// <summary>What became of extracting text from a document's content.</summary>
public enum ExtractionOutcome
{
    /// <summary>Text was extracted.</summary>
    Text,

    /// <summary>The format carries no text the indexer reads (images, archives …): indexed by name and metadata.</summary>
    Unsupported,

    /// <summary>The file is encrypted or damaged: indexed by name and metadata.</summary>
    Unreadable,

    /// <summary>The file is larger than extraction reads: indexed by name and metadata.</summary>
    TooLarge,

    /// <summary>Extraction took longer than allowed: indexed with what was read until then.</summary>
    TimedOut,
}
