using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>A document as the API shows it: its current version's facts, tags, metadata, lock, and the caller's access level.</summary>
public sealed record DocumentDto(
    Guid Id,
    Guid FolderId,
    string Name,
    string ContentType,
    long Length,
    string Hash,
    int VersionNumber,
    Guid CurrentVersionId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Metadata,
    DocumentLockDto? Lock,
    string Access,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    DateTimeOffset UpdatedAt,
    Guid? UpdatedBy)
{
    public static DocumentDto From(Document document, AccessLevel level, DateTimeOffset now) => new(
        document.Id,
        document.FolderId,
        document.Name,
        document.ContentType,
        document.Length,
        document.Hash,
        document.CurrentVersionNumber,
        document.CurrentVersionId,
        [.. document.Tags.Select(t => t.Value).Order(StringComparer.OrdinalIgnoreCase)],
        document.Metadata.ToDictionary(m => m.Key, m => m.Value),
        document.IsLockedAt(now) ? new DocumentLockDto(document.LockedBy!.Value, document.LockedAt, document.LockExpiresAt) : null,
        level.ToString(),
        document.CreatedAt,
        document.CreatedBy,
        document.UpdatedAt,
        document.UpdatedBy);
}

/// <summary>A held check-out lock.</summary>
public sealed record DocumentLockDto(Guid HeldBy, DateTimeOffset? Since, DateTimeOffset? ExpiresAt);
