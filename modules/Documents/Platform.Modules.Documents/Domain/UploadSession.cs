namespace Platform.Modules.Documents.Domain;

/// <summary>
/// A resumable upload in progress (tus): its bytes are staged in the blob store under <see cref="Id"/>; when the last
/// byte arrives it becomes a new document in <see cref="FolderId"/>, or a new version of <see cref="DocumentId"/>.
/// </summary>
public sealed class UploadSession
{
    public Guid Id { get; set; }

    public Guid? FolderId { get; set; }

    public Guid? DocumentId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The total length the client declared; null while it defers it (creation-defer-length) until a PATCH names it.</summary>
    public long? Length { get; set; }

    public string? Comment { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The document the upload produced once complete.</summary>
    public Guid? CompletedDocumentId { get; set; }
}
