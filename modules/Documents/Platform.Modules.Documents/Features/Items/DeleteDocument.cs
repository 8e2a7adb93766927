using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// Sends a document to the recycle bin (write access to its folder; If-Match); 423 while someone else holds its lock.
/// Its versions, tags, metadata and share links stay as they are until it is restored or purged. Publishes
/// documents.deleted.v1.
/// </summary>
internal static class DeleteDocument
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer, TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var change = await DocumentToChange.FindAsync(id, access, http, cancellationToken);
        if (change.Refused is { } refusedChange)
        {
            return refusedChange;
        }

        var document = change.Document!;

        if (await writer.CheckLockAsync(document, cancellationToken) is { } locked)
        {
            return locked;
        }

        var now = time.GetUtcNow();
        document.DeletedAt = now;
        document.DeletedBy = access.UserId;
        db.PublishEvent(new DocumentDeleted(document.Id, document.FolderId, null, document.Name, Purged: false));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
