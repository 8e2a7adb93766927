using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>
/// <c>PUT /folders/{id}/access</c>: replaces the folder's own entries and its inheritance flag. Entries for principals
/// already there keep their identity (only their level changes). A change that would leave the caller without manage
/// access to the folder is refused unless they hold documents.manage, so nobody locks themself out by mistake.
/// Each principal added (or whose level rises) is announced with documents.shared.v1.
/// </summary>
internal static class ReplaceFolderAccess
{
    public static async Task<Results<Ok<FolderAccessDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, ReplaceFolderAccessRequest? request, DocumentAccess access, DocumentsDbContext db, IUserAccounts accounts, IPeopleDirectory people,
        ICurrentUser caller, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
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

        if (Preconditions.CheckIfMatch(httpRequest, folder.Version) is { } failed)
        {
            return failed;
        }

        var errors = new ValidationErrors();
        if (request is null)
        {
            return errors.Add("body", "A body {inheritsAccess, entries} is required.").ToProblem();
        }

        var entries = await AccessEntryValidation.ValidateAsync(request, accounts, people, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var inherits = request.InheritsAccess!.Value;
        if (!access.ManagesAll && !await KeepsManageAsync(folder.Id, inherits, entries, access, db, people, caller, cancellationToken))
        {
            return errors.Add("entries",
                "After this change you would no longer manage this folder, and could not undo it. Keep an entry that gives you (in person, through "
                + "your department or a role) Manage here, or ask a holder of documents.manage to make the change.").ToProblem();
        }

        var now = time.GetUtcNow();
        var existing = await db.Grants.Where(g => g.FolderId == folder.Id).ToListAsync(cancellationToken);
        var before = existing.GroupBy(PrincipalKey.Of, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).First(), StringComparer.Ordinal);
        var wanted = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        db.Grants.RemoveRange(existing.Where(g => !wanted.Contains(PrincipalKey.Of(g)) || before[PrincipalKey.Of(g)] != g));
        foreach (var entry in entries)
        {
            var previous = before.GetValueOrDefault(entry.Key);
            if (entry.Level > (previous?.Level ?? AccessLevel.None))
            {
                db.PublishEvent(new DocumentShared(null, folder.Id, entry.Key, entry.Level.ToString(), null));
            }

            if (previous is not null)
            {
                previous.Level = entry.Level;
                continue;
            }

            db.Grants.Add(new FolderGrant
            {
                Id = Guid.CreateVersion7(now), FolderId = folder.Id, PrincipalKind = entry.Kind, PrincipalId = entry.PrincipalId,
                RoleName = entry.RoleName, Level = entry.Level, CreatedAt = now, CreatedBy = caller.UserId,
            });
        }

        folder.InheritsAccess = inherits;
        folder.UpdatedAt = now;
        // The folder's version is the ETag of its access too: every change bumps it, even one that only touches entries.
        db.Entry(folder).Property(f => f.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();

        var view = await GetFolderAccess.BuildAsync(folder, await access.LevelOnAsync(folder.Id, cancellationToken), access, db, people, cancellationToken);
        Preconditions.SetETag(response, folder.Version);
        return TypedResults.Ok(view);
    }

    // The caller's level on the folder as it would be after the change, by the same rules as every access decision.
    private static async Task<bool> KeepsManageAsync(
        Guid folderId, bool inherits, IReadOnlyList<ValidEntry> entries, DocumentAccess access, DocumentsDbContext db, IPeopleDirectory people,
        ICurrentUser caller, CancellationToken cancellationToken)
    {
        var principals = await AccessPrincipals.ForUserAsync(people, caller.UserId, caller.DepartmentId, caller.Roles, cancellationToken);
        var grants = (await principals.GrantsAsync(db, cancellationToken)).Where(g => g.FolderId != folderId).ToList();
        grants.AddRange(entries
            .Select(e => new FolderGrant { Id = Guid.NewGuid(), FolderId = folderId, PrincipalKind = e.Kind, PrincipalId = e.PrincipalId, RoleName = e.RoleName, Level = e.Level })
            .Where(principals.Covers));
        var folders = (await access.TreeAsync(cancellationToken)).Folders.Select(f => f.Id == folderId ? f with { InheritsAccess = inherits } : f);
        return new FolderTree(folders, grants, managesAll: false).LevelOn(folderId) >= AccessLevel.Manage;
    }
}
