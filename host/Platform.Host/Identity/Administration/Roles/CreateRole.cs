using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>A new custom role.</summary>
/// <param name="Name">Unique name (case-insensitive), 2-64 characters.</param>
/// <param name="Description">What the role is for.</param>
/// <param name="Permissions">Permission names from the catalogue.</param>
public sealed record CreateRoleRequest(string Name, string? Description = null, IReadOnlyList<string>? Permissions = null);

internal static class CreateRole
{
    public static async Task<Results<Created<RoleDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateRoleRequest request, RoleManager<PlatformRole> roles, PlatformIdentityDbContext db, KnownPermissions catalogue,
        AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        RoleRules.Validate(request.Name, request.Description, errors);
        catalogue.Validate(request.Permissions, "permissions", errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var name = request.Name.Trim();
        if (await roles.RoleExistsAsync(name))
        {
            return ApiProblems.Conflict($"A role named '{name}' already exists.", "Role names are unique regardless of case; choose another name.");
        }

        var role = new PlatformRole { Id = Guid.CreateVersion7(), Name = name, Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim() };
        if (AdministrationProblems.FromIdentity(await roles.CreateAsync(role)) is { } problem)
        {
            return problem;
        }

        var permissions = (request.Permissions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var permission in permissions)
        {
            db.RoleClaims.Add(new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = RoleDto.PermissionClaimType, ClaimValue = permission });
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("role", role.Id.ToString(), "created", new { role.Name, role.Description, Permissions = permissions }, cancellationToken: cancellationToken);
        Preconditions.SetETag(response, role.ConcurrencyStamp ?? "");
        return TypedResults.Created($"/api/platform/roles/{role.Id}", await RoleDto.LoadAsync(db, role, cancellationToken));
    }
}
