using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Sends a folder to the recycle bin (write access to the folder it is in; If-Match). Only the folder is marked: what is
/// below it is hidden with it and comes back with it, untouched. A document below that someone else has checked out
/// keeps the folder where it is (423 naming the holder). Publishes documents.deleted.v1.
/// </summary>
internal static class DeleteFolder
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await FolderToChange.FindAsync(id, "id", "A space's root folder cannot be deleted.", access, http, cancellationToken);
        if (change.Invalid is { } invalidChange)
        {
            return invalidChange;
        }

        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        var (folder, parentId) = (change.Folder!, change.ParentId);

        var now = time.GetUtcNow();
        var tree = await access.TreeAsync(cancellationToken);
        var below = FolderSubtree.Of(tree, id, f => !f.IsDeleted).Select(f => f.Id).ToList();
        var callerId = access.UserId;
        var locked = await db.Documents.AsNoTracking()
            .Where(d => below.Contains(d.FolderId) && d.DeletedAt == null && d.LockedBy != null && d.LockedBy != callerId)
            .ToListAsync(cancellationToken);
        foreach (var document in locked)
        {
            if (await writer.CheckLockAsync(document, cancellationToken) is { } lockProblem)
            {
                return lockProblem;
            }
        }

        folder.DeletedAt = now;
        folder.DeletedBy = callerId;
        folder.UpdatedAt = now;
        db.PublishEvent(new DocumentDeleted(null, parentId, folder.Id, folder.Name, Purged: false));
        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();
        return TypedResults.NoContent();
    }
}
