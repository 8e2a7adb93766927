namespace Platform.Modules.Documents.Features.Folders;

/// <summary>The body of the move and copy endpoints of folders and documents.</summary>
/// <param name="TargetFolderId">The folder to move or copy into.</param>
/// <param name="Name">A new name for the item there; without one it keeps its name.</param>
public sealed record MoveRequest(Guid? TargetFolderId = null, string? Name = null);

/// <summary>The body of <c>PATCH /folders/{id}</c>.</summary>
/// <param name="Name">The folder's new name.</param>
public sealed record RenameFolderRequest(string? Name = null);
