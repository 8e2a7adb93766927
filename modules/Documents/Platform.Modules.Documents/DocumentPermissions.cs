namespace Platform.Modules.Documents;

/// <summary>The permissions the Documents module declares; endpoints name them with <c>RequirePermission</c>.</summary>
public static class DocumentPermissions
{
    /// <summary>Open the folders and documents one's folder access allows.</summary>
    public const string Read = "documents.read";

    /// <summary>Upload, edit, move and delete where one's folder access allows writing.</summary>
    public const string Write = "documents.write";

    /// <summary>See and manage every folder and document, override locks, empty the recycle bin.</summary>
    public const string Manage = "documents.manage";
}
