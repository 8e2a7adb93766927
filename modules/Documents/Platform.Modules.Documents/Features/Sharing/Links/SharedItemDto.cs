using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>What a share link opens, as a visitor sees it: a document, or a folder with its contents.</summary>
/// <param name="Kind">"document" or "folder".</param>
/// <param name="Name">The shared document's or folder's name.</param>
/// <param name="ExpiresAt">When the link stops working, if it does.</param>
/// <param name="DownloadsLeft">How many downloads the link still allows, when limited.</param>
/// <param name="Document">The shared document.</param>
/// <param name="Folder">The shared folder (or the folder below it being browsed) and its contents.</param>
public sealed record SharedItemDto(string Kind, string Name, DateTimeOffset? ExpiresAt, int? DownloadsLeft, SharedDocumentDto? Document, SharedFolderDto? Folder);

/// <summary>A document reachable through a link, with the URL that downloads it through the same link.</summary>
public sealed record SharedDocumentDto(Guid Id, string Name, string ContentType, long Length, DateTimeOffset UpdatedAt, string ContentUrl);

/// <summary>A folder reachable through a link: the path from the shared folder, its subfolders, a page of its documents, and its zip.</summary>
public sealed record SharedFolderDto(
    Guid Id, string Name, IReadOnlyList<SharedFolderRefDto> Path, IReadOnlyList<SharedFolderRefDto> Folders, PagedResult<SharedDocumentDto> Documents, string ArchiveUrl);

/// <summary>A folder named in a shared folder's listing (browse it with <c>?folderId=</c>).</summary>
public sealed record SharedFolderRefDto(Guid Id, string Name);
