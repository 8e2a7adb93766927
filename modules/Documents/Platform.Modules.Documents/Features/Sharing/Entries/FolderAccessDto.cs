using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>A folder's access: its own entries, whether it inherits, and what it inherits from the folders above.</summary>
/// <param name="FolderId">The folder.</param>
/// <param name="FolderName">Its name.</param>
/// <param name="InheritsAccess">Whether the entries of the folders above apply here.</param>
/// <param name="YourLevel">The caller's level on the folder.</param>
/// <param name="Entries">The folder's own entries.</param>
/// <param name="Inherited">The entries that reach it from above, nearest first; <c>overridden</c> when an own entry names the same principal.</param>
/// <param name="Version">The folder's version (its ETag): PUT sends it as If-Match.</param>
public sealed record FolderAccessDto(
    Guid FolderId, string FolderName, bool InheritsAccess, AccessLevel YourLevel,
    IReadOnlyList<AccessEntryDto> Entries, IReadOnlyList<InheritedEntryDto> Inherited, long Version);

/// <summary>An access entry with its principal's name (a person's or department's name, a role's name, "Everyone").</summary>
public sealed record AccessEntryDto(Guid Id, PrincipalKind PrincipalKind, Guid? PrincipalId, string? RoleName, string PrincipalName, AccessLevel Level);

/// <summary>An entry inherited from the folder <paramref name="FromFolderId"/>.</summary>
public sealed record InheritedEntryDto(
    PrincipalKind PrincipalKind, Guid? PrincipalId, string? RoleName, string PrincipalName, AccessLevel Level,
    Guid FromFolderId, string FromFolderName, bool Overridden);

/// <summary>The new access of a folder: whether it inherits, and its own entries (replacing all it had).</summary>
public sealed record ReplaceFolderAccessRequest(bool? InheritsAccess = null, List<AccessEntryRequest?>? Entries = null);

/// <summary>
/// One entry: <c>principalKind</c> Everyone, Person (with <c>principalId</c>, a user id), Department (with
/// <c>principalId</c>, a department id) or Role (with <c>roleName</c>); <c>level</c> None, Read, Write or Manage.
/// </summary>
public sealed record AccessEntryRequest(string? PrincipalKind = null, Guid? PrincipalId = null, string? RoleName = null, string? Level = null);

/// <summary>What level a user has on a folder, and which entries give it.</summary>
/// <param name="UserId">The user.</param>
/// <param name="UserName">Their name.</param>
/// <param name="Level">Their level on the folder (holders of documents.manage have Manage everywhere, which entries do not show).</param>
/// <param name="DecidedBy">The entry giving that level; null when no entry gives them anything.</param>
/// <param name="Entries">Every entry naming one of their principals that counts at the folder, nearest first.</param>
/// <param name="Departments">Their department and those above it, as entries see them.</param>
/// <param name="Roles">The roles taken into account (as asked: modules do not see other users' roles).</param>
public sealed record AccessCheckDto(
    Guid UserId, string UserName, AccessLevel Level, InheritedEntryDto? DecidedBy, IReadOnlyList<InheritedEntryDto> Entries,
    IReadOnlyList<Guid> Departments, IReadOnlyList<string> Roles);
