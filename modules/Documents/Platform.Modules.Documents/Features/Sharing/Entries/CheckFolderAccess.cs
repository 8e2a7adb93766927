using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>
/// <c>GET /folders/{id}/access/check?userId=&amp;roles=</c>: the level a user has on the folder and the entry that
/// gives it, worked out with the rules of every access decision (<see cref="FolderTree"/>) for that user's principals:
/// themself, their department chain from the directory, everyone, and the roles given. Modules cannot read another
/// user's roles, so the caller names the roles to take into account; without them, role entries do not count. For
/// those who manage the folder.
/// </summary>
internal static class CheckFolderAccess
{
    public const int MaxRoles = 20;

    public static async Task<Results<Ok<AccessCheckDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Guid? userId, string[]? roles, DocumentAccess access, DocumentsDbContext db, IUserAccounts accounts, IPeopleDirectory people,
        CancellationToken cancellationToken)
    {
        var (folder, level) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        if (level < AccessLevel.Manage)
        {
            return DocumentProblems.CannotManage();
        }

        var errors = new ValidationErrors();
        var roleNames = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        errors.Require(roleNames.Count <= MaxRoles && roleNames.All(r => r.Length <= AccessEntryValidation.RoleNameMaxLength),
            "roles", $"At most {MaxRoles} roles of up to {AccessEntryValidation.RoleNameMaxLength} characters.");
        var account = userId is { } user ? await accounts.FindByIdAsync(user, cancellationToken) : null;
        if (userId is null)
        {
            errors.Add("userId", "userId is required: the user whose access to explain.");
        }
        else if (account is null)
        {
            errors.Add("userId", $"There is no user {userId}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var principals = await AccessPrincipals.ForUserAsync(people, account!.UserId, null, roleNames, cancellationToken);
        var grants = await principals.GrantsAsync(db, cancellationToken);
        var folders = (await access.TreeAsync(cancellationToken)).Folders;
        var tree = new FolderTree(folders, grants, managesAll: false);
        var theirLevel = tree.LevelOn(folder.Id);
        var entries = NearestEntries.At(tree, grants.ToLookup(g => g.FolderId), folder.Id);
        var names = new PrincipalNames(people);
        await names.LoadAsync(entries.Select(e => e.Grant), cancellationToken);
        var shown = entries.Select(e => names.Inherited(e, overridden: false)).ToList();
        var decidedBy = theirLevel > AccessLevel.None ? shown.FirstOrDefault(e => e.Level == theirLevel) : null;
        return TypedResults.Ok(new AccessCheckDto(account.UserId, account.DisplayName, theirLevel, decidedBy, shown, principals.Departments, principals.Roles));
    }
}
