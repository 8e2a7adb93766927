using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>Who added a version: the account's id and display name (null name when the account is gone).</summary>
public sealed record VersionAuthorDto(Guid Id, string? Name);

/// <summary>One version of a document, as listed.</summary>
public sealed record VersionDto(
    Guid Id, int Number, VersionAuthorDto? Author, DateTimeOffset CreatedAt, long Length, string Hash, string ContentType,
    string FileName, string? Comment, int? RestoredFrom, bool IsCurrent)
{
    internal static VersionDto From(DocumentVersion version, Document document, IReadOnlyDictionary<Guid, string> authorNames) => new(
        version.Id,
        version.Number,
        version.AuthorId is { } author ? new VersionAuthorDto(author, authorNames.GetValueOrDefault(author)) : null,
        version.CreatedAt,
        version.Length,
        version.Hash,
        version.ContentType,
        version.FileName,
        version.Comment,
        version.RestoredFrom,
        version.Id == document.CurrentVersionId);
}
