using Platform.Host.Identity.Administration.Clients;
using Platform.Host.Identity.Administration.Roles;
using Platform.Host.Identity.Administration.Users;
using Platform.Sdk.Security;
using Platform.Host.Identity.Access;
using static Platform.Host.Identity.Access.PlatformPermissions;

namespace Platform.Host.Identity.Administration;

/// <summary>Users, roles and OAuth clients under <c>/api/platform</c>; each endpoint names the permission it needs.</summary>
internal static class AdministrationEndpoints
{
    private const string IfMatch = " Requires If-Match with the current ETag: 428 without it, 412 when it is stale.";

    public static void MapAdministrationEndpoints(this IEndpointRouteBuilder platform)
    {
        MapUsers(platform.MapGroup("/users").WithTags("Users"));
        MapRoles(platform.MapGroup("/roles").WithTags("Roles"));
        MapClients(platform.MapGroup("/clients").WithTags("Clients"));

        platform.MapPost("/invitations/accept", AcceptInvitation.Handle)
            .AllowAnonymous()
            .WithTags("Users")
            .WithSummary("Accept an invitation")
            .WithDescription("Sets the first password of an invited user with the one-time token from the invitation. Needs no sign-in: the token is the credential. An invalid, expired or used token answers 400 naming `token`; a password that breaks the rules answers 400 naming `password`.");
    }

    private static void MapUsers(RouteGroupBuilder users)
    {
        Secure(users.MapGet("/", ListUsers.Handle), UsersRead)
            .WithSummary("List users")
            .WithDescription("Search (`search` matches email and display name, case-insensitive), filter by `role` name and `active`, sort (`email`, `displayName`, `createdAt`, `lastSignInAt`, `id`; default `email`), page with `page` and `pageSize`.");
        Secure(users.MapGet("/{id:guid}", GetUser.Handle), UsersRead)
            .WithSummary("Get a user")
            .WithDescription("The user with their roles; the ETag is needed to update them.");
        Secure(users.MapPost("/", CreateUser.Handle), UsersManage)
            .WithSummary("Create or invite a user")
            .WithDescription("Creates a user with email, display name and roles (Employee when `roles` is omitted). With `password` the user can sign in at once; without it the user is invited and the response carries a one-time set-password token (shown only here) to pass on. 409 when the email is taken.");
        Secure(users.MapPut("/{id:guid}", UpdateUser.Handle), UsersManage)
            .WithSummary("Update a user's display name and roles")
            .WithDescription("Replaces the display name and the complete role list. Removing the Administrator role from the last active administrator answers 409." + IfMatch);
        Secure(users.MapPost("/{id:guid}/deactivate", DeactivateUser.Handle), UsersManage)
            .WithSummary("Deactivate a user")
            .WithDescription("The user can no longer sign in; their sign-in cookies stop working (new security stamp) and their refresh tokens and authorizations are revoked at once. History is kept. 409 for yourself or the last active administrator. Deactivating an inactive user changes nothing.");
        Secure(users.MapPost("/{id:guid}/reactivate", ReactivateUser.Handle), UsersManage)
            .WithSummary("Reactivate a user")
            .WithDescription("Lets a deactivated user sign in again with their existing password.");
        Secure(users.MapPost("/{id:guid}/reset-password", ResetPassword.Handle), UsersManage)
            .WithSummary("Reset a user's password")
            .WithDescription("Sets `password` (204), or without one generates a temporary password returned once in the response (200). Either way every session of the user ends. The password is never logged or audited.");
        Secure(users.MapPost("/{id:guid}/invitation", InviteUser.Handle), UsersManage)
            .WithSummary("Invite a user again")
            .WithDescription("Issues a new one-time set-password token for a user without a password; earlier tokens stop working. 409 when the user already has a password.");
    }

    private static void MapRoles(RouteGroupBuilder roles)
    {
        Secure(roles.MapGet("/", ListRoles.Handle), RolesRead)
            .WithSummary("List roles")
            .WithDescription("Every role with its permissions and how many users hold it; sort by `name` (default) or `id`.");
        Secure(roles.MapGet("/{id:guid}", GetRole.Handle), RolesRead)
            .WithSummary("Get a role")
            .WithDescription("The role with its permissions; the ETag is needed to change it.");
        Secure(roles.MapPost("/", CreateRole.Handle), RolesManage)
            .WithSummary("Create a custom role")
            .WithDescription("A role with a unique name, a description and permissions from the catalogue. An unknown permission answers 400 naming it; a taken name 409.");
        Secure(roles.MapPut("/{id:guid}", UpdateRole.Handle), RolesManage)
            .WithSummary("Rename or describe a role")
            .WithDescription("Changes the name and description. Built-in roles (Administrator, Manager, Employee) keep their names." + IfMatch);
        Secure(roles.MapPut("/{id:guid}/permissions", SetRolePermissions.Handle), RolesManage)
            .WithSummary("Set a role's permissions")
            .WithDescription("Replaces the role's permissions with the given list. Unknown permissions answer 400 naming each; the Administrator role always holds every permission (409)." + IfMatch);
        Secure(roles.MapDelete("/{id:guid}", DeleteRole.Handle), RolesManage)
            .WithSummary("Delete a custom role")
            .WithDescription("Built-in roles cannot be deleted (409). A role still assigned to users is refused with 409 naming how many; unassign it first." + IfMatch);
    }

    private static void MapClients(RouteGroupBuilder clients)
    {
        Secure(clients.MapGet("/", ListClients.Handle), ClientsRead)
            .WithSummary("List OAuth clients")
            .WithDescription("Registered clients without secrets; `search` matches client id and display name; sort by `clientId` (default), `displayName` or `id`.");
        Secure(clients.MapGet("/{clientId}", GetClient.Handle), ClientsRead)
            .WithSummary("Get an OAuth client")
            .WithDescription("The client's type, permissions, grant types and redirect URIs; the ETag is needed to change its permissions or delete it.");
        Secure(clients.MapPost("/", CreateClient.Handle), ClientsManage)
            .WithSummary("Register an OAuth client")
            .WithDescription("`confidential` clients get a secret (shown only in this response, stored hashed) and the client credentials flow; with redirect URIs they also sign users in. `public` clients (browser and native apps) need redirect URIs and use the authorization code flow with PKCE. Permissions become the scopes the client may request; unknown ones answer 400 naming them.");
        Secure(clients.MapPut("/{clientId}/permissions", SetClientPermissions.Handle), ClientsManage)
            .WithSummary("Grant or revoke a client's permissions")
            .WithDescription("Replaces the permissions (scopes) the client may request. Tokens already issued keep their scopes until they expire." + IfMatch);
        Secure(clients.MapPost("/{clientId}/rotate-secret", RotateClientSecret.Handle), ClientsManage)
            .WithSummary("Rotate a client's secret")
            .WithDescription("Generates a new secret, shown only in this response; the old one stops working at once and the client's stored tokens are revoked. 409 for public clients.");
        Secure(clients.MapDelete("/{clientId}", DeleteClient.Handle), ClientsManage)
            .WithSummary("Delete an OAuth client")
            .WithDescription("Removes the client with its authorizations and tokens." + IfMatch);
    }

    private static RouteHandlerBuilder Secure(RouteHandlerBuilder endpoint, string permission) => endpoint
        .RequirePermission(permission)
        .AddEndpointFilter(ForgetCachedPermissionsAfterWrites)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);

    // Any change to users, roles or clients can change what someone may do: the next request of every caller
    // works its permissions out afresh instead of waiting for the cache to expire.
    private static async ValueTask<object?> ForgetCachedPermissionsAfterWrites(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        finally
        {
            if (!HttpMethods.IsGet(context.HttpContext.Request.Method))
            {
                context.HttpContext.RequestServices.GetRequiredService<PermissionCache>().InvalidateAll();
            }
        }
    }
}
