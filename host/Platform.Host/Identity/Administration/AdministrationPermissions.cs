namespace Platform.Host.Identity.Administration;

/// <summary>The platform's own permissions that guard identity administration.</summary>
internal static class AdministrationPermissions
{
    /// <summary>List and read users.</summary>
    public const string UsersRead = "platform.users.read";

    /// <summary>Create, update, deactivate and reactivate users, assign roles, reset passwords.</summary>
    public const string UsersManage = "platform.users.manage";

    /// <summary>Create, change and delete roles and what they may do.</summary>
    public const string RolesManage = "platform.roles.manage";

    /// <summary>Register OAuth clients, change their permissions, rotate secrets, delete them.</summary>
    public const string ClientsManage = "platform.clients.manage";

    public static IReadOnlyList<string> All { get; } = [UsersRead, UsersManage, RolesManage, ClientsManage];
}
