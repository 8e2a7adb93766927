using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// Moves a document (with its versions, tags, metadata and share links) into another folder, in any space, optionally
/// renaming it: write access where it is and where it goes; If-Match; 423 while someone else holds its lock.
/// Publishes documents.moved.v1.
/// </summary>
internal static class MoveDocument
{
    public static async Task<Results<Ok<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MoveRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement, DocumentWriter writer,
        DocumentDetailsReader details, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await DocumentToChange.FindAsync(id, access, http, cancellationToken);
        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        if (request.TargetFolderId is not { } targetId)
        {
            return new ValidationErrors().Add("targetFolderId", "targetFolderId is required: the folder to move into.").ToProblem();
        }

        var document = change.Document!;

        var target = await placement.CheckAsync(targetId, request.Name, document.Name, document.Id, "name", cancellationToken);
        if (target.Invalid is { } invalid)
        {
            return invalid;
        }

        if (target.Refused is { } refused)
        {
            return refused;
        }

        if (await writer.CheckLockAsync(document, cancellationToken) is { } locked)
        {
            return locked;
        }

        var from = document.FolderId;
        var oldName = document.Name;
        document.FolderId = targetId;
        document.Name = target.Name!;
        document.NameKey = ItemName.KeyOf(document.Name);
        document.UpdatedAt = time.GetUtcNow();
        document.UpdatedBy = access.UserId;
        db.PublishEvent(new DocumentMoved(document.Id, targetId, null, from, oldName, document.Name));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await details.ReadAsync(document, await access.LevelOnAsync(targetId, cancellationToken), http.Response, cancellationToken));
    }
}
