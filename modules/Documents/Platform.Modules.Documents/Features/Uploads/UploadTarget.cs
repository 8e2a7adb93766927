using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>
/// Where an upload goes — a new document in a folder, or a new version of a document — checked against the caller's
/// access now. Checked when the upload is created, at every PATCH (access may be withdrawn in between), and once more
/// when it completes, so the last byte never lands somewhere the caller may no longer write.
/// </summary>
internal sealed record UploadTarget(Folder? Folder, Document? Document, string Name)
{
    /// <summary>Resolves the target; a problem when it is gone (404), closed to writing (403), checked out by someone else (423) or, for a new document, its name is taken (409).</summary>
    /// <param name="folderId">The folder a new document goes to.</param>
    /// <param name="documentId">The document a new version goes to.</param>
    /// <param name="name">A new document's name (normalised already).</param>
    /// <param name="checkName">Whether to check the name is free (at creation and completion).</param>
    /// <param name="access">The caller's access.</param>
    /// <param name="writer">The writer, for names and locks.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public static async Task<(UploadTarget? Target, ProblemHttpResult? Problem)> ResolveAsync(
        Guid? folderId, Guid? documentId, string name, bool checkName, DocumentAccess access, DocumentWriter writer, CancellationToken cancellationToken)
    {
        if (documentId is { } docId)
        {
            var (document, level) = await access.FindDocumentAsync(docId, cancellationToken);
            if (document is null)
            {
                return (null, ApiProblems.NotFound("Document", docId));
            }

            if (level < AccessLevel.Write)
            {
                return (null, DocumentProblems.CannotWrite());
            }

            return await writer.CheckLockAsync(document, cancellationToken) is { } locked
                ? (null, locked)
                : (new UploadTarget(null, document, document.Name), null);
        }

        var (folder, folderLevel) = await access.FindFolderAsync(folderId!.Value, cancellationToken);
        if (folder is null)
        {
            return (null, ApiProblems.NotFound("Folder", folderId.Value));
        }

        if (folderLevel < AccessLevel.Write)
        {
            return (null, DocumentProblems.CannotWrite());
        }

        if (checkName && await writer.IsNameTakenAsync(folder.Id, ItemName.KeyOf(name), null, cancellationToken))
        {
            return (null, ApiProblems.Conflict(
                $"'{name}' already exists in this folder.",
                "Names are unique among the documents and folders of a folder, regardless of case. Upload to the existing document (documentId) to add a version, or choose another name."));
        }

        return (new UploadTarget(folder, null, name), null);
    }
}
