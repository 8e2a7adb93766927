using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>Uploads and downloads of whole files: streamed, size-limited, content-sniffed; Range and ETag downloads; zip archives of folders.</summary>
internal static class FilesFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/folders/{folderId:guid}/files", UploadFile.Handle)
            .WithTags("Files")
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Upload a new document")
            .WithDescription("The request body is the file, streamed to storage; name (query) is its file name. Needs write access to the folder. 409 when the name is taken, 413 past the size limit.");
        api.MapPut("/documents/{id:guid}/content", UploadVersion.Handle)
            .WithTags("Files")
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Upload a new version of a document")
            .WithDescription("The request body is the new content, streamed to storage; comment (query) describes the change. 423 while someone else holds the check-out lock.");
        api.MapGet("/documents/{id:guid}/content", DownloadFile.Handle)
            .WithTags("Files")
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Download a document")
            .WithDescription("Streams the current version, with Range requests, ETag (the SHA-256) and If-None-Match, and a Content-Disposition of attachment.");
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
