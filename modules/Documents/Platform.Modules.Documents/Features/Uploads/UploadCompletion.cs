using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Files;
using Platform.Modules.Documents.Features.Versions;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>
/// Turns a resumable upload whose last byte arrived into a document or a version: checks the target once more (access,
/// lock, name), commits the staged bytes as a blob, then adds the rows, the event, the retention of old versions and
/// the session's outcome in one SaveChanges. When a check fails the staged bytes stay, so the client may retry the
/// final PATCH (with an empty body at the full offset) once the lock is released or the name is free.
/// </summary>
internal sealed class UploadCompletion(DocumentsDbContext db, DocumentAccess access, DocumentWriter writer, DocumentBlobs blobs, VersionPruner pruner)
{
    /// <summary>Completes <paramref name="session"/> (tracked, all bytes staged); the document's id, or the problem that stopped it.</summary>
    public async Task<(Guid? DocumentId, ProblemHttpResult? Problem)> CompleteAsync(UploadSession session, CancellationToken cancellationToken)
    {
        var (target, problem) = await UploadTarget.ResolveAsync(session.FolderId, session.DocumentId, session.FileName, checkName: true, access, writer, cancellationToken);
        if (target is null)
        {
            return (null, problem);
        }

        var blob = await blobs.Container.CommitStagedAsync(session.Id.ToString(), cancellationToken);
        string contentType;
        await using (var content = await blobs.Container.OpenReadAsync(blob.Hash, cancellationToken) ?? Stream.Null)
        {
            contentType = await ContentSniffer.SniffAsync(content, target.Name, cancellationToken);
        }

        Document document;
        if (target.Folder is { } folder)
        {
            document = writer.CreateDocument(folder, target.Name, blob, contentType, session.Comment);
        }
        else
        {
            document = target.Document!;
            writer.AddVersion(document, blob, contentType, session.Comment);
            await pruner.PruneAsync(document, cancellationToken);
        }

        session.CompletedDocumentId = document.Id;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (document.Id, null);
        }
        catch (DbUpdateException)
        {
            // Someone took the name, or added a version, between the checks and the save. The staged bytes are a blob
            // now (which the sweep collects), so the session cannot finish: it is discarded and the client starts over.
            db.ChangeTracker.Clear();
            db.Uploads.Remove(new UploadSession { Id = session.Id });
            await db.SaveChangesAsync(cancellationToken);
            return (null, ApiProblems.Conflict(
                "The document changed while the upload completed.",
                "Another upload took the name or added a version at the same moment. This upload is discarded; upload again."));
        }
    }
}
