using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;

namespace Platform.Host.Identity.Administration.Roles;

/// <summary>A role's name and description.</summary>
/// <param name="Name">The new name; built-in roles keep theirs.</param>
/// <param name="Description">What the role is for.</param>
public sealed record UpdateRoleRequest(string Name, string? Description = null);

internal static class UpdateRole
{
    public static async Task<Results<Ok<RoleDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateRoleRequest request, RoleManager<PlatformRole> roles, PlatformIdentityDbContext db, AuditTrail audit,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        RoleRules.Validate(request.Name, request.Description, errors);
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

        var name = request.Name.Trim();
        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        if (RoleDto.IsBuiltIn(role.Name) && name != role.Name)
        {
            // Modules name built-in roles as the default holders of their permissions.
            return ApiProblems.Conflict($"The built-in role '{role.Name}' cannot be renamed.", "Change its description or its permissions instead.");
        }

        if (!string.Equals(name, role.Name, StringComparison.OrdinalIgnoreCase) && await roles.FindByNameAsync(name) is not null)
        {
            return ApiProblems.Conflict($"A role named '{name}' already exists.", "Role names are unique regardless of case; choose another name.");
        }

        var old = new { role.Name, role.Description };
        if (old.Name != name || old.Description != description)
        {
            role.Name = name;
            role.Description = description;
            if (AdministrationProblems.FromIdentity(await roles.UpdateAsync(role)) is { } problem)
            {
                return problem;
            }

            await audit.RecordAsync("role", role.Id.ToString(), "updated",
                new { Name = new { Old = old.Name, New = name }, Description = new { Old = old.Description, New = description } }, cancellationToken: cancellationToken);
        }

        Preconditions.SetETag(response, role.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await RoleDto.LoadAsync(db, role, cancellationToken));
    }
}
