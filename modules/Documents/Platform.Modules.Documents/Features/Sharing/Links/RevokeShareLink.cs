using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// <c>DELETE /share-links/{id}</c>: the link stops working at once (404 for visitors) and stays listed as revoked.
/// For those who manage the shared item, the link's creator, and holders of documents.manage; If-Match on the link's
/// ETag. Revoking a revoked link changes nothing.
/// </summary>
internal static class RevokeShareLink
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, DocumentAccess access, DocumentsDbContext db, TimeProvider time, HttpRequest request, CancellationToken cancellationToken)
    {
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        var level = link is null ? AccessLevel.None : await LevelOnItemAsync(link, access, cancellationToken);
        var isCreator = link is not null && access.UserId is { } userId && link.CreatedBy == userId;
        if (link is null || (level < AccessLevel.Read && !isCreator))
        {
            return ApiProblems.NotFound("Share link", id);
        }

        if (level < AccessLevel.Manage && !isCreator)
        {
            return DocumentProblems.CannotManage();
        }

        if (Preconditions.CheckIfMatch(request, link.Version) is { } failed)
        {
            return failed;
        }

        if (link.RevokedAt is null)
        {
            link.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<AccessLevel> LevelOnItemAsync(ShareLink link, DocumentAccess access, CancellationToken cancellationToken)
    {
        if (access.ManagesAll)
        {
            return AccessLevel.Manage;
        }

        return link.DocumentId is { } documentId
            ? (await access.FindDocumentAsync(documentId, cancellationToken)).Level
            : await access.LevelOnAsync(link.FolderId!.Value, cancellationToken);
    }
}
