using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>The complete set of permissions a role holds from now on.</summary>
/// <param name="Permissions">Permission names from the catalogue; an empty list takes every permission away.</param>
public sealed record SetRolePermissionsRequest(IReadOnlyList<string> Permissions);

internal static class SetRolePermissions
{
    public static async Task<Results<Ok<RoleDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, SetRolePermissionsRequest request, RoleManager<PlatformRole> roles, PlatformIdentityDbContext db, KnownPermissions catalogue,
        AuditTrail audit, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.Permissions is not null, "permissions", "permissions is required (an empty list removes every permission).");
        catalogue.Validate(request.Permissions, "permissions", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var role = await roles.FindByIdAsync(id.ToString());
        if (role is null)
        {
            return ApiProblems.NotFound("Role", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, role.ConcurrencyStamp ?? "") is { } failed)
        {
            return failed;
        }

        if (string.Equals(role.Name, BuiltInRoles.Administrator, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Conflict("The Administrator role holds every permission.", "Its permissions cannot be narrowed; create a custom role for a narrower set.");
        }

        var claims = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == RoleDto.PermissionClaimType).ToListAsync(cancellationToken);
        var before = claims.Select(c => c.ClaimValue ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var after = request.Permissions!.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!before.SequenceEqual(after))
        {
            db.RoleClaims.RemoveRange(claims.Where(c => !after.Contains(c.ClaimValue ?? "")));
            foreach (var permission in after.Except(before, StringComparer.Ordinal))
            {
                db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = RoleDto.PermissionClaimType, ClaimValue = permission });
            }

            // The role update saves the claim changes too, in one transaction checked against the stamp the caller read.
            if (AdministrationProblems.FromIdentity(await roles.UpdateAsync(role)) is { } problem)
            {
                return problem;
            }

            await audit.RecordAsync("role", role.Id.ToString(), "permissions-changed", new
            {
                role.Name,
                Old = before,
                New = after,
                Granted = after.Except(before, StringComparer.Ordinal).ToList(),
                Revoked = before.Except(after, StringComparer.Ordinal).ToList(),
            }, cancellationToken: cancellationToken);
        }

        Preconditions.SetETag(response, role.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await RoleDto.LoadAsync(db, role, cancellationToken));
    }
}
