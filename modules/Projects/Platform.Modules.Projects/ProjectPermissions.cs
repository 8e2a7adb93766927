namespace Platform.Modules.Projects;

/// <summary>The permissions the Projects module declares; endpoints name them with <c>RequirePermission</c>.</summary>
public static class ProjectPermissions
{
    /// <summary>See projects (company-wide ones, and private ones one belongs to) and their tasks.</summary>
    public const string Read = "projects.read";

    /// <summary>Create projects; change projects and tasks one may see.</summary>
    public const string Write = "projects.write";

    /// <summary>See and manage every project regardless of visibility and membership.</summary>
    public const string Manage = "projects.manage";
}
