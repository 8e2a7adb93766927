using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Copies a folder deeply into another folder (write access there; read access to what is copied): the subfolders the
/// caller may read and the documents in use, each with its version history (see <see cref="ItemCopier"/>). What is in
/// the recycle bin stays behind, as do access entries and share links. A copy into the folder itself or below it is a
/// 400. One save: the copy appears whole or not at all.
/// </summary>
internal static class CopyFolder
{
    public static async Task<Results<Created<FolderDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MoveRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement, ItemCopier copier,
        ICurrentUser caller, TimeProvider time, CancellationToken cancellationToken)
    {
        var (folder, _) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        if (request.TargetFolderId is not { } targetId)
        {
            return new ValidationErrors().Add("targetFolderId", "targetFolderId is required: the folder to copy into.").ToProblem();
        }

        var tree = await access.TreeAsync(cancellationToken);
        if (tree.IsWithin(targetId, id) && tree.LevelOn(targetId) >= AccessLevel.Read)
        {
            return MoveFolder.CycleProblem(tree, folder, targetId);
        }

        var target = await placement.CheckAsync(targetId, request.Name, folder.Name, null, "name", cancellationToken);
        if (target.Invalid is { } invalid)
        {
            return invalid;
        }

        if (target.Refused is { } refused)
        {
            return refused;
        }

        var sources = FolderSubtree.Of(tree, id, f => !f.IsDeleted && tree.LevelOn(f.Id) >= AccessLevel.Read);
        var sourceIds = sources.Select(f => f.Id).ToList();
        var originals = await db.Folders.AsNoTracking().Where(f => sourceIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        var now = time.GetUtcNow();
        var spaceId = tree.Find(targetId)!.SpaceId;
        var map = new Dictionary<Guid, Folder>();
        foreach (var source in sources)
        {
            // Parents come before children in the subtree, so a child's new parent already exists.
            var original = originals[source.Id];
            var copy = new Folder
            {
                Id = Guid.CreateVersion7(now),
                SpaceId = spaceId,
                ParentId = source.Id == id ? targetId : map[source.ParentId!.Value].Id,
                Name = source.Id == id ? target.Name! : original.Name,
                NameKey = ItemName.KeyOf(source.Id == id ? target.Name! : original.Name),
                OwnRetention = original.OwnRetention,
                KeepVersions = original.KeepVersions,
                ThinVersionsAfterDays = original.ThinVersionsAfterDays,
                CreatedAt = now,
                CreatedBy = caller.UserId,
                UpdatedAt = now,
            };
            map[source.Id] = copy;
            db.Folders.Add(copy);
        }

        await copier.CopyDocumentsAsync(map, null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        access.Invalidate();

        var top = map[id];
        tree = await access.TreeAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/documents/folders/{top.Id}",
            FolderDetails.From(top, tree, GetFolder.ReadableSubfolders(tree, top.Id).Count(), await GetFolder.CountDocumentsAsync(db, top.Id, cancellationToken)));
    }
}
