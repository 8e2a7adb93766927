using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Folders;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>
/// Copies a document into a folder (read access to the document, write access to the target, which may be its own
/// folder under another name): a new document whose versions point at the same blobs (see <see cref="ItemCopier"/>).
/// Publishes documents.document-uploaded.v1 for the copy.
/// </summary>
internal static class CopyDocument
{
    public static async Task<Results<Created<DocumentDetails>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, MoveRequest request, DocumentsDbContext db, DocumentAccess access, ItemPlacement placement, ItemCopier copier,
        DocumentDetailsReader details, HttpContext http, CancellationToken cancellationToken)
    {
        var (document, _) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (request.TargetFolderId is not { } targetId)
        {
            return new ValidationErrors().Add("targetFolderId", "targetFolderId is required: the folder to copy into.").ToProblem();
        }

        var target = await placement.CheckAsync(targetId, request.Name, document.Name, null, "name", cancellationToken);
        if (target.Invalid is { } invalid)
        {
            return invalid;
        }

        if (target.Refused is { } refused)
        {
            return refused;
        }

        var folder = await db.Folders.AsNoTracking().FirstAsync(f => f.Id == targetId, cancellationToken);
        var copies = await copier.CopyDocumentsAsync(
            new Dictionary<Guid, Domain.Folder> { [document.FolderId] = folder },
            new Dictionary<Guid, string> { [document.Id] = target.Name! },
            document.Id,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var copy = copies.Single();
        return TypedResults.Created(
            $"/api/documents/documents/{copy.Id}",
            await details.ReadAsync(copy, await access.LevelOnAsync(targetId, cancellationToken), http.Response, cancellationToken));
    }
}
