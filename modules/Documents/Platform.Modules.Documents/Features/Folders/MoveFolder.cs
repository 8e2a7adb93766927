using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Moves a folder (with everything below it, in use or in the recycle bin) into another folder, optionally renaming it.
/// Needs write access where it is and where it goes, which may be another space; a move into itself or below itself is
/// a 400 naming the path of the cycle. Access entries stay on the folders that carry them; what the folder inherited
/// now comes from its new place. Publishes documents.moved.v1.
/// </summary>
internal static class MoveFolder
{
    public static async Task<Results<Ok<FolderDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MoveRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement,
        TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await FolderToChange.FindAsync(id, "id", "A space's root folder cannot be moved.", access, http, cancellationToken);
        if (change.Invalid is { } invalidChange)
        {
            return invalidChange;
        }

        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        if (request.TargetFolderId is not { } targetId)
        {
            return new ValidationErrors().Add("targetFolderId", "targetFolderId is required: the folder to move into.").ToProblem();
        }

        var (folder, parentId) = (change.Folder!, change.ParentId);

        var tree = await access.TreeAsync(cancellationToken);
        if (tree.IsWithin(targetId, id) && tree.LevelOn(targetId) >= AccessLevel.Read)
        {
            return CycleProblem(tree, folder, targetId);
        }

        var target = await placement.CheckAsync(targetId, request.Name, folder.Name, folder.Id, "name", cancellationToken);
        if (target.Invalid is { } invalid)
        {
            return invalid;
        }

        if (target.Refused is { } refused)
        {
            return refused;
        }

        var targetSpace = tree.Find(targetId)!.SpaceId;
        if (targetSpace != folder.SpaceId)
        {
            var below = FolderSubtree.Of(tree, id).Select(f => f.Id).ToList();
            foreach (var moved in await db.Folders.Where(f => below.Contains(f.Id)).ToListAsync(cancellationToken))
            {
                moved.SpaceId = targetSpace;
            }
        }

        var oldName = folder.Name;
        folder.ParentId = targetId;
        folder.Name = target.Name!;
        folder.NameKey = ItemName.KeyOf(folder.Name);
        folder.UpdatedAt = time.GetUtcNow();
        db.PublishEvent(new DocumentMoved(null, targetId, folder.Id, parentId, oldName, folder.Name));
        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();

        tree = await access.TreeAsync(cancellationToken);
        Preconditions.SetETag(http.Response, folder.Version);
        return TypedResults.Ok(FolderDetails.From(folder, tree, GetFolder.ReadableSubfolders(tree, id).Count(), await GetFolder.CountDocumentsAsync(db, id, cancellationToken)));
    }

    /// <summary>400: the target is the folder itself or lies below it; names the path the folder would have to contain.</summary>
    public static ValidationProblem CycleProblem(FolderTree tree, Folder folder, Guid targetId) =>
        new ValidationErrors().Add("targetFolderId", targetId == folder.Id
            ? $"A folder cannot be placed into itself ('{FolderSubtree.PathOf(tree, folder.Id)}')."
            : $"'{FolderSubtree.PathOf(tree, targetId)}' lies inside '{FolderSubtree.PathOf(tree, folder.Id)}': a folder cannot be placed below itself.").ToProblem();
}
