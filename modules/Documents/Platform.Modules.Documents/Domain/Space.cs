using Platform.Sdk.Persistence;

namespace Platform.Modules.Documents.Domain;

/// <summary>Whom a space belongs to.</summary>
public enum SpaceKind
{
    /// <summary>The whole company's files.</summary>
    Company,

    /// <summary>A department's files (<see cref="Space.OwnerId"/> is the department).</summary>
    Department,

    /// <summary>A project's files (<see cref="Space.OwnerId"/> is the project).</summary>
    Project,
}

/// <summary>
/// A top-level area of folders: one for the company, one per department and one per project. Its contents live under
/// its root folder (<see cref="RootFolderId"/>), whose access entries are the space's defaults.
/// </summary>
public sealed class Space : IVersioned
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    public SpaceKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The department or project the space belongs to; null for the company space.</summary>
    public Guid? OwnerId { get; set; }

    public Guid RootFolderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public long Version { get; set; }
}
