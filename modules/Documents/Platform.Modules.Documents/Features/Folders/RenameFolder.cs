using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>
/// Renames a folder (write access to the folder it is in; If-Match). A rename is a move within the same folder, so it
/// publishes documents.moved.v1. A space's root takes the space's name and is not renamed here.
/// </summary>
internal static class RenameFolder
{
    public static async Task<Results<Ok<FolderDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, RenameFolderRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement,
        TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await FolderToChange.FindAsync(id, "name", "A space's root folder cannot be renamed; it carries the space's name.", access, http, cancellationToken);
        if (change.Invalid is { } invalidChange)
        {
            return invalidChange;
        }

        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        var (folder, parentId) = (change.Folder!, change.ParentId);

        var target = await placement.CheckAsync(parentId, request.Name ?? "", folder.Name, folder.Id, "name", cancellationToken);
        if (target.Invalid is { } invalid)
        {
            return invalid;
        }

        if (target.Refused is { } refused)
        {
            return refused;
        }

        var oldName = folder.Name;
        if (target.Name != oldName)
        {
            folder.Name = target.Name!;
            folder.NameKey = ItemName.KeyOf(folder.Name);
            folder.UpdatedAt = time.GetUtcNow();
            db.PublishEvent(new DocumentMoved(null, parentId, folder.Id, parentId, oldName, folder.Name));
            await db.SaveChangesAsync(cancellationToken);
            access.Invalidate();
        }

        var tree = await access.TreeAsync(cancellationToken);
        Preconditions.SetETag(http.Response, folder.Version);
        return TypedResults.Ok(FolderDetails.From(folder, tree, GetFolder.ReadableSubfolders(tree, id).Count(), await GetFolder.CountDocumentsAsync(db, id, cancellationToken)));
    }
}
