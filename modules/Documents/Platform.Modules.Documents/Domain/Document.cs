using Platform.Sdk.Persistence;

namespace Platform.Modules.Documents.Domain;

/// <summary>
/// A file in a folder. Its content is its current version's; every upload adds a <see cref="DocumentVersion"/>.
/// The fields of the current version are copied here (length, hash, content type) so listings need no join.
/// </summary>
public sealed class Document : IVersioned
{
    public const int TagMaxLength = 100;
    public const int MaxTags = 50;

    public Guid Id { get; set; }

    public Guid FolderId { get; set; }

    /// <summary>The file name as shown (NFC-normalised, see <see cref="ItemName"/>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name's comparison key, unique among the items of the folder.</summary>
    public string NameKey { get; set; } = "";

    /// <summary>The media type of the current version, as sniffed from its content.</summary>
    public string ContentType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    /// <summary>The SHA-256 of the current version's content (its blob key).</summary>
    public string Hash { get; set; } = "";

    public Guid CurrentVersionId { get; set; }

    public int CurrentVersionNumber { get; set; }

    public List<DocumentTag> Tags { get; set; } = [];

    public List<DocumentMetadataEntry> Metadata { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid? UpdatedBy { get; set; }

    /// <summary>Who holds the check-out lock, if anyone; only they may upload while it lasts.</summary>
    public Guid? LockedBy { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    /// <summary>When the lock lapses on its own.</summary>
    public DateTimeOffset? LockExpiresAt { get; set; }

    /// <summary>When the document went to the recycle bin (on its own or with a folder above it); null while in use.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }

    public long Version { get; set; }

    /// <summary>Whether a lock is held at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedBy is not null && (LockExpiresAt is null || LockExpiresAt > now);
}

/// <summary>A tag of a document (compared without regard to case).</summary>
public sealed class DocumentTag
{
    public Guid DocumentId { get; set; }

    public string Value { get; set; } = "";
}

/// <summary>A custom metadata field of a document, e.g. "contract-number" = "C-2026-17".</summary>
public sealed class DocumentMetadataEntry
{
    public const int KeyMaxLength = 100;
    public const int ValueMaxLength = 2_000;
    public const int MaxEntries = 100;

    public Guid DocumentId { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
