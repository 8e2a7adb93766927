using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.People;
using Platform.Sdk.Security;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Content;

/// <summary>
/// The one way documents and versions come into being, whichever door the content came through (a plain upload, a
/// resumable upload, a restore, a copy, demo data): the blob is already stored; this adds the rows and the event to the
/// tracked context without saving, so the caller commits them with the rest of its change in one SaveChanges. A crash
/// before that leaves only an unreferenced blob, which the orphan sweep collects.
/// </summary>
internal sealed class DocumentWriter(DocumentsDbContext db, TimeProvider time, ICurrentUser caller, IUserAccounts accounts)
{
    /// <summary>Whether a document or folder in use in <paramref name="folderId"/> already has a name with <paramref name="nameKey"/>.</summary>
    /// <param name="folderId">The folder.</param>
    /// <param name="nameKey">The <see cref="ItemName.KeyOf">key</see> of the name.</param>
    /// <param name="exceptId">An item to ignore (the one being renamed).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<bool> IsNameTakenAsync(Guid folderId, string nameKey, Guid? exceptId, CancellationToken cancellationToken) =>
        await db.Documents.AnyAsync(d => d.FolderId == folderId && d.NameKey == nameKey && d.DeletedAt == null && d.Id != exceptId, cancellationToken)
        || await db.Folders.AnyAsync(f => f.ParentId == folderId && f.NameKey == nameKey && f.DeletedAt == null && f.Id != exceptId, cancellationToken);

    /// <summary>Adds a new document with <paramref name="blob"/> as its first version, and its uploaded event.</summary>
    /// <param name="folder">A live folder the caller may write to.</param>
    /// <param name="name">A name that passed <see cref="ItemName.TryNormalize"/> and is free in the folder.</param>
    /// <param name="blob">The stored content.</param>
    /// <param name="contentType">The content type sniffed from the content.</param>
    /// <param name="comment">The first version's comment.</param>
    public Document CreateDocument(Folder folder, string name, StoredBlob blob, string contentType, string? comment)
    {
        var now = time.GetUtcNow();
        var document = new Document
        {
            Id = Guid.CreateVersion7(now),
            FolderId = folder.Id,
            Name = name,
            NameKey = ItemName.KeyOf(name),
            CreatedAt = now,
            CreatedBy = caller.UserId,
        };
        var version = NewVersion(document, 1, blob, contentType, comment, restoredFrom: null, now);
        Apply(document, version);
        db.Documents.Add(document);
        db.Versions.Add(version);
        db.PublishEvent(new DocumentUploaded(document.Id, folder.Id, folder.SpaceId, name, contentType, blob.Length, blob.Hash, version.Id, caller.UserId));
        return document;
    }

    /// <summary>
    /// Adds <paramref name="blob"/> as the next version of <paramref name="document"/> and makes it current, with its
    /// event. Check the lock first (<see cref="CheckLockAsync"/>).
    /// </summary>
    /// <param name="document">A tracked document in use.</param>
    /// <param name="blob">The stored content.</param>
    /// <param name="contentType">The content type sniffed from the content.</param>
    /// <param name="comment">The version's comment.</param>
    /// <param name="restoredFrom">The number of the version this one restores, for a restore.</param>
    public DocumentVersion AddVersion(Document document, StoredBlob blob, string contentType, string? comment, int? restoredFrom = null)
    {
        var now = time.GetUtcNow();
        var version = NewVersion(document, document.CurrentVersionNumber + 1, blob, contentType, comment, restoredFrom, now);
        Apply(document, version);
        db.Versions.Add(version);
        db.PublishEvent(new DocumentVersionAdded(document.Id, document.FolderId, document.Name, version.Number, version.Id, contentType, blob.Length, blob.Hash, restoredFrom, comment, caller.UserId));
        return version;
    }

    /// <summary>423 when someone other than the caller holds an unexpired check-out lock on the document; null when the caller may upload.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the lookup of the holder's name.</param>
    public async Task<ProblemHttpResult?> CheckLockAsync(Document document, CancellationToken cancellationToken)
    {
        if (!document.IsLockedAt(time.GetUtcNow()) || document.LockedBy == caller.UserId)
        {
            return null;
        }

        var holder = await accounts.FindByIdAsync(document.LockedBy!.Value, cancellationToken);
        return DocumentProblems.Locked(document, holder?.DisplayName ?? document.LockedBy.Value.ToString());
    }

    private DocumentVersion NewVersion(Document document, int number, StoredBlob blob, string contentType, string? comment, int? restoredFrom, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DocumentId = document.Id,
        Number = number,
        Hash = blob.Hash,
        Length = blob.Length,
        ContentType = contentType,
        FileName = document.Name,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        RestoredFrom = restoredFrom,
        AuthorId = caller.UserId,
        CreatedAt = now,
    };

    private void Apply(Document document, DocumentVersion version)
    {
        document.CurrentVersionId = version.Id;
        document.CurrentVersionNumber = version.Number;
        document.Hash = version.Hash;
        document.Length = version.Length;
        document.ContentType = version.ContentType;
        document.UpdatedAt = version.CreatedAt;
        document.UpdatedBy = caller.UserId;
    }
}
