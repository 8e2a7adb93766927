using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>A space as the API shows it, with the caller's level on its root folder.</summary>
public sealed record SpaceDto(Guid Id, string Kind, string Name, Guid? OwnerId, Guid RootFolderId, string Access, DateTimeOffset CreatedAt)
{
    public static SpaceDto From(Space space, AccessLevel level) =>
        new(space.Id, space.Kind.ToString(), space.Name, space.OwnerId, space.RootFolderId, level.ToString(), space.CreatedAt);
}
