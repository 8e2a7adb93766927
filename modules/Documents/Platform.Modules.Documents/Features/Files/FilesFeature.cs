using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        var options = api.ServiceProvider.GetRequiredService<DocumentsOptions>();
        var limit = FileLimits.BodyLimit(options.MaxUploadBytes);
        var files = api.MapGroup("").WithTags("Files");
        files.MapPost("/folders/{folderId:guid}/files", UploadFile.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithMetadata(limit)
            .WithSummary("Upload a new document")
            .WithDescription($"The file is the raw request body (name from ?name= or the filename of a Content-Disposition header) or the one file part of a multipart/form-data body (curl -F \"file=@report.pdf\"; fields name, comment, tags may come before or after it). It is streamed to storage, never held in memory, at most {options.MaxUploadBytes} bytes (413 past it; a declared Content-Length over it is refused before reading). The space for a declared Content-Length is reserved before reading: 507 when the disk has no room, storing nothing. A body shorter or longer than its Content-Length, or a client that goes away, stores nothing. comment (query, Version-Comment header or field) describes the first version; tags (repeated or comma-separated) are the document's tags. The content type is sniffed from the bytes. Needs write access to the folder (403; 404 when the folder is not visible). A taken name (documents and folders share names, regardless of case) answers 409 unless onConflict=version (add the file as a new version of the document of that name; 423 while someone else holds its lock) or onConflict=rename (store it as 'name (2).ext'). Answers 201 with the document, or 200 when it became a version.");
        files.MapPut("/documents/{id:guid}/content", UploadVersion.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithMetadata(limit)
            .WithSummary("Upload a new version of a document")
            .WithDescription($"The new content as the raw body or one multipart file part, streamed to storage (at most {options.MaxUploadBytes} bytes; 413 past it; 507 when the disk has no room for the declared Content-Length). comment (query, Version-Comment header or form field) describes the change. Optional If-Match with the document's ETag: 412 when it changed since. 423 while someone else holds the check-out lock. Answers the document with its new version number and ETag.");
        files.MapMethods("/documents/{id:guid}/content", [HttpMethods.Get, HttpMethods.Head], DownloadFile.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Download a document")
            .WithDescription("Streams the current version: one Range per request (206; several ranges or an unsatisfiable one answer 416), If-Range (by ETag or date), ETag (the content's SHA-256) with If-None-Match and If-Modified-Since (304), If-Match and If-Unmodified-Since (412), Last-Modified, HEAD for the headers alone, and Content-Disposition attachment with the name in filename* (RFC 6266). inline=true shows PDFs, images other than SVG and plain text in the browser; other types are always attachments.");
        files.MapMethods("/documents/{id:guid}/versions/{number:int}/content", [HttpMethods.Get, HttpMethods.Head], DownloadVersion.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Download a version of a document")
            .WithDescription("Streams one version's content under the name the document had then, with the same Range, conditional (If-None-Match, If-Match, If-Modified-Since, If-Unmodified-Since, If-Range), HEAD and Content-Disposition rules as the current content. 404 for a version that does not exist (or was removed by retention).");
        files.MapGet("/folders/{id:guid}/archive", DownloadArchive.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Download a folder as a zip")
            .WithDescription("A zip of the folder's documents and subfolders the caller may read (folders in the recycle bin and their contents are left out), entry paths relative to the folder, streamed while it is written: no length is known in advance, and nothing is staged on the server.");
    }
}
