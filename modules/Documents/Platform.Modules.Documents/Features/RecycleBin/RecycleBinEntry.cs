namespace Platform.Modules.Documents.Features.RecycleBin;

/// <summary>An item in the recycle bin as the caller sees it: what it was, where it was, who deleted it and when it goes for good.</summary>
/// <param name="Kind">"folder" or "document".</param>
/// <param name="OriginalFolderId">The folder it was in, where a restore puts it back.</param>
/// <param name="OriginalPath">That folder's path from its space's root.</param>
/// <param name="PurgeAt">When the purge removes it for good.</param>
public sealed record RecycleBinEntry(
    string Kind,
    Guid Id,
    string Name,
    Guid OriginalFolderId,
    string OriginalPath,
    DateTimeOffset DeletedAt,
    Guid? DeletedBy,
    DateTimeOffset PurgeAt);
