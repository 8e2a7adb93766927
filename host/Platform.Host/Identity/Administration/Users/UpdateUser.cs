using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Identity.Administration.Users;

/// <summary>The editable fields of a user.</summary>
/// <param name="DisplayName">How the platform shows the user.</param>
/// <param name="Roles">The complete list of role names the user holds from now on.</param>
public sealed record UpdateUserRequest(string DisplayName, IReadOnlyList<string> Roles);

internal static class UpdateUser
{
    public static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateUserRequest request, UserAccounts accounts, UserManager<PlatformUser> users, PlatformIdentityDbContext db,
        AdministratorGuard guard, AuditTrail audit, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserAccounts.ValidateDisplayName(request.DisplayName, errors);
        var roles = await accounts.ResolveRolesAsync(request.Roles ?? [], "roles", errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        using var _ = await guard.LockAsync(cancellationToken);
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ApiProblems.NotFound("User", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, user.ConcurrencyStamp ?? "") is { } failed)
        {
            return failed;
        }

        var before = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Except(roles, StringComparer.Ordinal).ToList();
        var added = roles.Except(before, StringComparer.Ordinal).ToList();
        if (user.IsActive && removed.Contains(BuiltInRoles.Administrator) && !await accounts.AnotherActiveAdministratorExistsAsync(user.Id, cancellationToken))
        {
            return AdministrationProblems.LastAdministrator("remove the Administrator role from");
        }

        var oldName = user.DisplayName;
        var newName = request.DisplayName.Trim();
        if (oldName == newName && removed.Count == 0 && added.Count == 0)
        {
            Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
            return TypedResults.Ok(await UserDto.LoadAsync(db, user, cancellationToken)); // nothing to save, nothing to audit
        }

        user.DisplayName = newName;
        // One save for the name and both role changes, checked against the concurrency stamp the caller read.
        if (removed.Count > 0)
        {
            var roleIds = db.Roles.Where(r => removed.Contains(r.Name!)).Select(r => r.Id);
            db.UserRoles.RemoveRange(db.UserRoles.Where(ur => ur.UserId == user.Id && roleIds.Contains(ur.RoleId)));
        }

        foreach (var roleId in db.Roles.Where(r => added.Contains(r.Name!)).Select(r => r.Id).ToList())
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
        }

        if (AdministrationProblems.FromIdentity(await users.UpdateAsync(user)) is { } problem)
        {
            return problem;
        }

        if (oldName != user.DisplayName)
        {
            await audit.RecordAsync("user", user.Id.ToString(), "updated", new { DisplayName = new { Old = oldName, New = user.DisplayName } }, cancellationToken: cancellationToken);
        }

        if (removed.Count > 0 || added.Count > 0)
        {
            await audit.RecordAsync("user", user.Id.ToString(), "roles-changed",
                new { Old = before, New = roles.Order(StringComparer.Ordinal).ToList(), Added = added, Removed = removed }, cancellationToken: cancellationToken);
        }

        Preconditions.SetETag(response, user.ConcurrencyStamp ?? "");
        return TypedResults.Ok(await UserDto.LoadAsync(db, user, cancellationToken));
    }
}
