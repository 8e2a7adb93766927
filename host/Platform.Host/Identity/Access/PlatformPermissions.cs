using Platform.Sdk.Permissions;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Access;

/// <summary>The permissions of the host's own endpoints (modules, events, audit, users, roles, clients).</summary>
internal static class PlatformPermissions
{
    public const string ModulesRead = "platform.modules.read";
    public const string EventsRead = "platform.events.read";
    public const string EventsReplay = "platform.events.replay";
    public const string AuditRead = "platform.audit.read";
    public const string UsersRead = "platform.users.read";
    public const string UsersManage = "platform.users.manage";
    public const string RolesRead = "platform.roles.read";
    public const string RolesManage = "platform.roles.manage";
    public const string ClientsRead = "platform.clients.read";
    public const string ClientsManage = "platform.clients.manage";

    /// <summary>The claim type under which a role's permissions are stored (Identity role claims).</summary>
    public const string ClaimType = "permission";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(ModulesRead, "See installed modules, their state, versions and upgrade history.", [BuiltInRoles.Administrator]),
        new(EventsRead, "See the event catalogue and dead-lettered deliveries with their payloads.", [BuiltInRoles.Administrator]),
        new(EventsReplay, "Replay dead-lettered event deliveries.", [BuiltInRoles.Administrator]),
        new(AuditRead, "Read the audit trail of every module.", [BuiltInRoles.Administrator]),
        new(UsersRead, "See user accounts and their roles.", [BuiltInRoles.Administrator, BuiltInRoles.Manager]),
        new(UsersManage, "Create, change, deactivate users and assign their roles.", [BuiltInRoles.Administrator]),
        new(RolesRead, "See roles and the permissions each holds.", [BuiltInRoles.Administrator]),
        new(RolesManage, "Create and delete roles and change their permissions.", [BuiltInRoles.Administrator]),
        new(ClientsRead, "See OAuth clients and the scopes granted to them.", [BuiltInRoles.Administrator]),
        new(ClientsManage, "Register OAuth clients, change their scopes and rotate their secrets.", [BuiltInRoles.Administrator]),
    ];
}
