using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Locks;

internal static class UnlockDocument
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, bool? force, DocumentsDbContext db, DocumentAccess access, IUserAccounts accounts, TimeProvider time,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (level < AccessLevel.Write)
        {
            return DocumentProblems.CannotWrite();
        }

        if (document.LockedBy is not { } holder)
        {
            // Nothing to release: checking in twice is not an error.
            Preconditions.SetETag(response, document.Version);
            return TypedResults.NoContent();
        }

        var heldByOther = document.IsLockedAt(time.GetUtcNow()) && holder != access.UserId;
        if (heldByOther && force != true)
        {
            var name = (await accounts.FindByIdAsync(holder, cancellationToken))?.DisplayName ?? holder.ToString();
            return LockProblems.HeldByOther(document, name);
        }

        if (heldByOther && level < AccessLevel.Manage && !access.ManagesAll)
        {
            return LockProblems.CannotForce();
        }

        document.LockedBy = null;
        document.LockedAt = null;
        document.LockExpiresAt = null;
        db.PublishEvent(new DocumentUnlocked(document.Id, document.FolderId, document.Name, holder, Overridden: heldByOther));
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, document.Version);
        return TypedResults.NoContent();
    }
}
