using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Uploads;

internal static class UploadEndpoints
{
    private const string Protocol =
        "Resumable uploads with the tus 1.0.0 protocol (core, creation, creation-with-upload, creation-defer-length, termination, "
        + "expiration), so off-the-shelf tus clients work. "
        + "Every request but OPTIONS sends Tus-Resumable: 1.0.0 (412 otherwise, with Tus-Version); every response carries Tus-Resumable. ";

    public static void Map(IEndpointRouteBuilder api)
    {
        var uploads = api.MapGroup("/uploads").WithTags("Uploads").AddEndpointFilter(TusProtocol.RequireResumableAsync);
        uploads.MapMethods("/", [HttpMethods.Options], UploadOptions.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Discover the resumable upload protocol")
            .WithDescription(Protocol + "204 with Tus-Version, Tus-Extension "
                + "(creation,creation-with-upload,creation-defer-length,termination,expiration) and Tus-Max-Size (the largest upload in bytes).");
        uploads.MapPost("/", CreateUpload.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithMetadata(new TusProtocol.UnlimitedBody())
            .WithSummary("Start a resumable upload")
            .WithDescription(Protocol + "Upload-Length is the total size (413 past Tus-Max-Size), or Upload-Defer-Length: 1 when it is not known "
                + "yet (a later PATCH names it). Upload-Metadata holds base64 pairs: folderId (a new document there, with filename: required, checked"
                + " against the name rules and free in the folder, 409 otherwise) or documentId (a new version of it; 423 when someone else has it "
                + "checked out), and comment (optional, the version's). Needs write access to the target (404 when it cannot be seen, 403 when it "
                + "cannot be written) and a signed-in person. 201 with Location (the upload's URL) and Upload-Expires; an upload left unfinished that"
                + " long is discarded (each PATCH moves the expiry on). An empty file (Upload-Length: 0) is complete at once and answers "
                + "Platform-Document-Id. creation-with-upload: the request may carry the first bytes, or all of them, as "
                + "application/offset+octet-stream (415 for another type, 413 past Upload-Length); they are received as a PATCH at offset 0 would be,"
                + " and the 201 carries the Upload-Offset reached (and Platform-Document-Id when that completes the upload). A body that breaks off "
                + "still answers 201 with the offset reached; a refused one leaves no upload behind.");
        uploads.MapMethods("/{id:guid}", [HttpMethods.Head], UploadStatus.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Read a resumable upload's offset")
            .WithDescription(Protocol + "200 with Upload-Offset (bytes received so far: resume from there after a cut connection), Upload-Length "
                + "(or Upload-Defer-Length: 1 while the length is not known), Upload-Expires and Cache-Control: no-store; Platform-Document-Id once "
                + "complete. 404 for an unknown upload or one started by someone else, 410 once it has expired.");
        uploads.MapPatch("/{id:guid}", AppendUpload.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithMetadata(new TusProtocol.UnlimitedBody())
            .WithSummary("Send the next bytes of a resumable upload")
            .WithDescription(Protocol + "Content-Type: application/offset+octet-stream (415 otherwise) and Upload-Offset equal to the bytes held "
                + "(409 otherwise, with the real offset). 413 past Upload-Length. An upload of deferred length takes Upload-Length with a PATCH once "
                + "it is known (400 when it is less than the bytes held or differs from one named before; until then the upload may not grow past "
                + "Tus-Max-Size). Access to the target is checked again (403/404) and so is the lock (423). 204 with the new Upload-Offset. When the "
                + "last byte arrives the upload becomes a document (or a version of one): content type sniffed, name and lock checked once more, "
                + "documents.document-uploaded.v1 or documents.version-added.v1 published, and the response carries Platform-Document-Id: the "
                + "document's id. A cut connection keeps what arrived. 507 when the disk has no room for the PATCH's Content-Length: the bytes held "
                + "before stay, resume once there is room.");
        uploads.MapDelete("/{id:guid}", CancelUpload.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Cancel a resumable upload")
            .WithDescription(Protocol + "Discards the upload and the bytes received (the termination extension). 204; 404 for an unknown upload "
                + "or someone else's. A completed upload's document stays.");
        uploads.MapPost("/{id:guid}", OverriddenUploadMethod.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithMetadata(new TusProtocol.UnlimitedBody())
            .WithSummary("Send a PATCH, DELETE or HEAD of a resumable upload as POST")
            .WithDescription(Protocol + "For clients that cannot send PATCH or DELETE: X-HTTP-Method-Override names the method meant, and the "
                + "answer is that method's. 400 without a supported override.");
    }
}
