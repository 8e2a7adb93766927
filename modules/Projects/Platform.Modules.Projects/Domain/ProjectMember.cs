namespace Platform.Modules.Projects.Domain;

/// <summary>What a member may do in a project.</summary>
public enum ProjectRole
{
    /// <summary>Sees the project and its tasks.</summary>
    Viewer,

    /// <summary>Also creates and changes tasks.</summary>
    Member,

    /// <summary>Also changes the project itself, deletes it and manages its members.</summary>
    Manager,
}

/// <summary>A user's membership of a project.</summary>
public sealed class ProjectMember
{
    public Guid ProjectId { get; set; }

    public Guid UserId { get; set; }

    public ProjectRole Role { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
