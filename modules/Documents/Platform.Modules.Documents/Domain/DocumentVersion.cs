namespace Platform.Modules.Documents.Domain;

/// <summary>One upload of a document's content. Versions are never changed; restoring an old one adds a new one.</summary>
public sealed class DocumentVersion
{
    public const int CommentMaxLength = 2_000;

    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>1 for the first upload, then 2, 3 … without gaps (retention may remove some).</summary>
    public int Number { get; set; }

    /// <summary>The SHA-256 of the content: its blob key.</summary>
    public string Hash { get; set; } = "";

    public long Length { get; set; }

    public string ContentType { get; set; } = "application/octet-stream";

    /// <summary>The file name the document had when this version was added.</summary>
    public string FileName { get; set; } = "";

    public string? Comment { get; set; }

    /// <summary>The version this one restored, when it was made by a restore.</summary>
    public int? RestoredFrom { get; set; }

    public Guid? AuthorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
