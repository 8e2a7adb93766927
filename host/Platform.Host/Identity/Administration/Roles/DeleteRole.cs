using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>
/// Deletes a custom role. A role still assigned to users is refused with 409 rather than silently unassigned, so
/// nobody loses access as a side effect; unassign it first.
/// </summary>
internal static class DeleteRole
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, RoleManager<PlatformRole> roles, PlatformIdentityDbContext db, AdministratorGuard guard, AuditTrail audit,
        HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        using var _ = await guard.LockAsync(cancellationToken);
        var role = await roles.FindByIdAsync(id.ToString());
        if (role is null)
        {
            return ApiProblems.NotFound("Role", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, role.ConcurrencyStamp ?? "") is { } failed)
        {
            return failed;
        }

        if (RoleDto.IsBuiltIn(role.Name))
        {
            return ApiProblems.Conflict($"The built-in role '{role.Name}' cannot be deleted.", "Built-in roles always exist; change their permissions instead.");
        }

        var holders = await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id, cancellationToken);
        if (holders > 0)
        {
            return ApiProblems.Conflict($"The role '{role.Name}' is assigned to {holders} user(s).", "Unassign it from every user first, then delete it.");
        }

        var permissions = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == RoleDto.PermissionClaimType)
            .Select(c => c.ClaimValue).ToListAsync(cancellationToken);
        if (AdministrationProblems.FromIdentity(await roles.DeleteAsync(role)) is { } problem)
        {
            return problem;
        }

        await audit.RecordAsync("role", role.Id.ToString(), "deleted",
            new { role.Name, role.Description, Permissions = permissions.Order(StringComparer.Ordinal).ToList() }, cancellationToken: cancellationToken);
        return TypedResults.NoContent();
    }
}
