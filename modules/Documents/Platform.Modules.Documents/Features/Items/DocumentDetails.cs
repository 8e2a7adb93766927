using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Folders;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// A document as <c>GET /documents/{id}</c> (and the edits of its metadata) show it: the fields of
/// <see cref="DocumentDto"/> with where it is (space, path), the lock holder's name, and its version for If-Match.
/// </summary>
/// <param name="Path">The folder's path from its space's root, e.g. "Company/Contracts".</param>
/// <param name="Access">The caller's level on the document's folder.</param>
/// <param name="Lock">The check-out lock, only while one is held.</param>
public sealed record DocumentDetails(
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
    DocumentLock? Lock,
    string Access,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy,
    DateTimeOffset UpdatedAt,
    Guid? UpdatedBy,
    Guid SpaceId,
    string Path,
    long Version)
{
    internal static DocumentDetails From(Document document, FolderTree tree, AccessLevel level, DocumentLock? held) => new(
        document.Id,
        document.FolderId,
        document.Name,
        document.ContentType,
        document.Length,
        document.Hash,
        document.CurrentVersionNumber,
        document.CurrentVersionId,
        [.. document.Tags.Select(t => t.Value).Order(StringComparer.OrdinalIgnoreCase)],
        document.Metadata.OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Key, m => m.Value),
        held,
        level.ToString(),
        document.CreatedAt,
        document.CreatedBy,
        document.UpdatedAt,
        document.UpdatedBy,
        tree.Find(document.FolderId)?.SpaceId ?? Guid.Empty,
        FolderSubtree.PathOf(tree, document.FolderId),
        document.Version);
}

/// <summary>Who holds a document's check-out lock (id and display name), since when and until when.</summary>
public sealed record DocumentLock(Guid HeldBy, string HolderName, DateTimeOffset? Since, DateTimeOffset? ExpiresAt);
