using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Files;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// <c>GET /shared/{token}/archive</c> (anonymous): a shared folder, or a folder within what the link opens, as a zip
/// written straight to the response by the folder download's writer, with only the folders the link opens
/// (<see cref="SharedFolderScope"/>). Counts as one download.
/// </summary>
internal static class ServeSharedArchive
{
    public static async Task<IResult> Handle(
        string token, Guid? folderId, SharedLinkResolver resolver, DocumentsDbContext db, DocumentBlobs blobs, HttpContext http, CancellationToken cancellationToken)
    {
        var (opened, problem) = await resolver.OpenAsync(token, http.Request, cancellationToken);
        if (opened is null)
        {
            return problem!;
        }

        if (opened.Folder is not { } scope || !scope.Includes(folderId ?? scope.SharedFolderId))
        {
            return SharedLinkResolver.NotFound();
        }

        if (!await ServeSharedContent.TryCountAsync(db, opened.Link, cancellationToken))
        {
            return ServeSharedContent.UsedUp(opened.Link);
        }

        var folder = folderId ?? scope.SharedFolderId;
        http.Response.ContentType = "application/zip";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = scope.Tree.Find(folder)!.Name + ".zip",
        }.ToString();
        await FolderArchive.WriteAsync(http.Response.Body, db, blobs.Container, scope.Tree, folder, scope.Includes, cancellationToken);
        return Results.Empty;
    }
}
