namespace Platform.Modules.Documents.Domain;

/// <summary>Who an access entry is for.</summary>
public enum PrincipalKind
{
    /// <summary>Every signed-in user.</summary>
    Everyone,

    /// <summary>One user (<see cref="FolderGrant.PrincipalId"/>).</summary>
    Person,

    /// <summary>The members of a department and of the departments below it (<see cref="FolderGrant.PrincipalId"/>).</summary>
    Department,

    /// <summary>The holders of a role (<see cref="FolderGrant.RoleName"/>).</summary>
    Role,
}

/// <summary>What an access entry allows; each level includes the ones before it.</summary>
public enum AccessLevel
{
    /// <summary>Nothing: an explicit entry that withdraws an inherited one.</summary>
    None = 0,

    /// <summary>List, open, download, search.</summary>
    Read = 1,

    /// <summary>Also upload, edit, move, delete, lock.</summary>
    Write = 2,

    /// <summary>Also change access entries and share links.</summary>
    Manage = 3,
}

/// <summary>An access entry of a folder: it applies to the folder and below, until a folder below overrides it.</summary>
public sealed class FolderGrant
{
    public Guid Id { get; set; }

    public Guid FolderId { get; set; }

    public PrincipalKind PrincipalKind { get; set; }

    /// <summary>The user or department, for those kinds.</summary>
    public Guid? PrincipalId { get; set; }

    /// <summary>The role, for <see cref="PrincipalKind.Role"/>.</summary>
    public string? RoleName { get; set; }

    public AccessLevel Level { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }
}
