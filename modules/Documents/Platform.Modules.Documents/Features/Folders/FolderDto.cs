using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>A folder as the API shows it, with the caller's access level on it.</summary>
public sealed record FolderDto(Guid Id, Guid SpaceId, Guid? ParentId, string Name, bool InheritsAccess, string Access, DateTimeOffset CreatedAt, Guid? CreatedBy, DateTimeOffset UpdatedAt)
{
    public static FolderDto From(Folder folder, AccessLevel level) =>
        new(folder.Id, folder.SpaceId, folder.ParentId, folder.Name, folder.InheritsAccess, level.ToString(), folder.CreatedAt, folder.CreatedBy, folder.UpdatedAt);
}
