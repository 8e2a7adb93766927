using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// <c>GET /shared/{token}</c> (anonymous): what the link shares: a document's name, size, type and the link's expiry;
/// for a folder, its live contents as they are now (subfolders, a page of documents by name), browsable below with
/// <c>?folderId=</c> within what the link opens (<see cref="SharedFolderScope"/>). Looking does not count as a download.
/// </summary>
internal static class GetSharedItem
{
    public static async Task<Results<Ok<SharedItemDto>, ValidationProblem, ProblemHttpResult>> Handle(
        string token, Guid? folderId, int? page, int? pageSize, SharedLinkResolver resolver, DocumentsDbContext db, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (opened, problem) = await resolver.OpenAsync(token, request, cancellationToken);
        if (opened is null)
        {
            return problem!;
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        var link = opened.Link;
        var basePath = $"{request.PathBase}/api/documents/shared/{token}";
        var left = link.MaxDownloads is { } max ? max - link.DownloadCount : (int?)null;
        if (opened.Document is { } document)
        {
            if (folderId is not null)
            {
                return SharedLinkResolver.NotFound();
            }

            var shown = new SharedDocumentDto(document.Id, document.Name, document.ContentType, document.Length, document.UpdatedAt, $"{basePath}/content");
            return TypedResults.Ok(new SharedItemDto("document", document.Name, link.ExpiresAt, left, shown, null));
        }

        var scope = opened.Folder!;
        var browsed = folderId ?? scope.SharedFolderId;
        if (!scope.Includes(browsed))
        {
            return SharedLinkResolver.NotFound();
        }

        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.FolderId == browsed && d.DeletedAt == null)
            .OrderBy(d => d.NameKey).ThenBy(d => d.Id)
            .ToPagedResultAsync(paging, d => new SharedDocumentDto(d.Id, d.Name, d.ContentType, d.Length, d.UpdatedAt, $"{basePath}/documents/{d.Id}/content"), cancellationToken);
        var folder = new SharedFolderDto(
            browsed,
            scope.Tree.Find(browsed)!.Name,
            [.. scope.PathTo(browsed).Select(f => new SharedFolderRefDto(f.Id, f.Name))],
            [.. scope.ChildrenOf(browsed).Select(f => new SharedFolderRefDto(f.Id, f.Name))],
            documents,
            $"{basePath}/archive");
        return TypedResults.Ok(new SharedItemDto("folder", scope.Tree.Find(scope.SharedFolderId)!.Name, link.ExpiresAt, left, null, folder));
    }
}
