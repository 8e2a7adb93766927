using Microsoft.AspNetCore.Http;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>Builds <see cref="DocumentDetails"/> for a document found through <see cref="DocumentAccess"/>, and sets its ETag.</summary>
internal sealed class DocumentDetailsReader(DocumentsDbContext db, DocumentAccess access, IUserAccounts accounts, TimeProvider time)
{
    public async Task<DocumentDetails> ReadAsync(Document document, AccessLevel level, HttpResponse response, CancellationToken cancellationToken)
    {
        var entry = db.Entry(document);
        if (entry.State != Microsoft.EntityFrameworkCore.EntityState.Detached)
        {
            await entry.Collection(d => d.Tags).LoadAsync(cancellationToken);
            await entry.Collection(d => d.Metadata).LoadAsync(cancellationToken);
        }

        DocumentLock? held = null;
        if (document.IsLockedAt(time.GetUtcNow()) && document.LockedBy is { } holder)
        {
            var account = await accounts.FindByIdAsync(holder, cancellationToken);
            held = new DocumentLock(holder, account?.DisplayName ?? holder.ToString(), document.LockedAt, document.LockExpiresAt);
        }

        Preconditions.SetETag(response, document.Version);
        return DocumentDetails.From(document, await access.TreeAsync(cancellationToken), level, held);
    }
}
