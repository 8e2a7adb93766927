using Microsoft.AspNetCore.Http;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// A folder and everything in it the caller may read, as a zip streamed while it is written (see
/// <see cref="FolderArchive"/>). The response has no length: it begins before the last entry is compressed.
/// </summary>
internal static class DownloadArchive
{
    public static async Task<IResult> Handle(Guid id, HttpContext http, DocumentsDbContext db, DocumentAccess access, DocumentBlobs blobs, CancellationToken cancellationToken)
    {
        var (folder, _) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        var tree = await access.TreeAsync(cancellationToken);
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(
            output => FolderArchive.WriteAsync(output, db, blobs.Container, tree, folder.Id, f => tree.LevelOn(f) >= AccessLevel.Read, http.RequestAborted),
            "application/zip",
            fileDownloadName: (string.IsNullOrWhiteSpace(folder.Name) ? "folder" : folder.Name) + ".zip");
    }
}
