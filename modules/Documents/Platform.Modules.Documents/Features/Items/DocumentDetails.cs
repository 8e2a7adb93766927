using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Folders;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>A document as <c>GET /documents/{id}</c> shows it. <see cref="Lock"/> is set only while a lock is held.</summary>
/// <param name="Path">The folder's path from its space's root, e.g. "Company/Contracts".</param>
/// <param name="Access">The caller's level on the document's folder.</param>
public sealed record DocumentDetails(
    Guid Id,
    string Name,
    Guid FolderId,
    Guid SpaceId,
    string Path,
    string ContentType,
    long Length,
    string Hash,
    CurrentVersion CurrentVersion,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    DateTimeOffset UpdatedAt,
    Guid? UpdatedBy,
    DocumentLock? Lock,
    string Access,
    long Version)
{
    internal static DocumentDetails From(Document document, FolderTree tree, AccessLevel level, DocumentLock? held) => new(
        document.Id,
        document.Name,
        document.FolderId,
        tree.Find(document.FolderId)?.SpaceId ?? Guid.Empty,
        FolderSubtree.PathOf(tree, document.FolderId),
        document.ContentType,
        document.Length,
        document.Hash,
        new CurrentVersion(document.CurrentVersionId, document.CurrentVersionNumber),
        [.. document.Tags.Select(t => t.Value).Order(StringComparer.OrdinalIgnoreCase)],
        document.Metadata.OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Key, m => m.Value),
        document.CreatedAt,
        document.CreatedBy,
        document.UpdatedAt,
        document.UpdatedBy,
        held,
        level.ToString(),
        document.Version);
}

public sealed record CurrentVersion(Guid Id, int Number);

/// <summary>Who holds a document's check-out lock, and until when.</summary>
public sealed record DocumentLock(Guid Holder, string HolderName, DateTimeOffset? LockedAt, DateTimeOffset? ExpiresAt);
