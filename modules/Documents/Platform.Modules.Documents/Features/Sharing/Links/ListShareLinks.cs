using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// <c>GET /share-links?documentId=|folderId=</c>: the links of a document or of a folder (for those who manage it), or
/// without either, the links the caller made (every link, for holders of documents.manage). Newest first; never tokens.
/// </summary>
internal static class ListShareLinks
{
    public static async Task<Results<Ok<PagedResult<ShareLinkDto>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid? documentId, Guid? folderId, int? page, int? pageSize, DocumentAccess access, DocumentsDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        errors.Require(documentId is null || folderId is null, "folderId", "Give documentId or folderId, not both.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        IQueryable<ShareLink> links;
        if (documentId is { } document)
        {
            var (found, level) = await access.FindDocumentAsync(document, cancellationToken);
            if (found is null)
            {
                return ApiProblems.NotFound("Document", document);
            }

            if (level < AccessLevel.Manage)
            {
                return DocumentProblems.CannotManage();
            }

            links = db.ShareLinks.Where(l => l.DocumentId == document);
        }
        else if (folderId is { } folder)
        {
            var (found, level) = await access.FindFolderAsync(folder, cancellationToken);
            if (found is null)
            {
                return ApiProblems.NotFound("Folder", folder);
            }

            if (level < AccessLevel.Manage)
            {
                return DocumentProblems.CannotManage();
            }

            links = db.ShareLinks.Where(l => l.FolderId == folder);
        }
        else
        {
            var userId = access.UserId;
            links = access.ManagesAll ? db.ShareLinks : db.ShareLinks.Where(l => userId != null && l.CreatedBy == userId);
        }

        var now = time.GetUtcNow();
        // Ids are GUID v7: ordering by id is ordering by creation.
        var result = await links.AsNoTracking().OrderByDescending(l => l.Id).ToPagedResultAsync(paging, l => ShareLinkDto.From(l, now), cancellationToken);
        return TypedResults.Ok(result);
    }
}
