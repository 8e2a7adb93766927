namespace Platform.Modules.Documents.Features.Folders;

/// <summary>One row of a folder's listing: a subfolder (Kind "folder") or a document (Kind "document", with its content fields).</summary>
public sealed record FolderItem(
    string Kind,
    Guid Id,
    string Name,
    DateTimeOffset UpdatedAt,
    string? ContentType,
    long? Length,
    int? CurrentVersion,
    IReadOnlyList<string>? Tags,
    bool? IsLocked);
