using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Documents.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Folders;

/// <summary>Folders: the tree of each space; create, list contents (paged, sorted), rename, move, copy, delete to the recycle bin.</summary>
internal static class FoldersFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<ItemPlacement>().InstancePerLifetimeScope();
        module.Services.RegisterType<ItemCopier>().InstancePerLifetimeScope();
        // Folders and documents (Items) alike are moved, renamed and sent to the recycle bin; the purge publishes deleted too.
        module.Events
            .Publishes<DocumentMoved>()
            .Publishes<DocumentDeleted>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var folders = api.MapGroup("/folders").WithTags("Folders");
        folders.MapPost("/", CreateFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Create a folder")
            .WithDescription("parentId and name are required. Needs write access to the parent. Names are NFC-normalised and unique within the parent regardless of case (409); path separators, control characters, reserved device names and names over 255 characters are refused (400).");
        folders.MapGet("/{id:guid}", GetFolder.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Get a folder")
            .WithDescription("Name, space, parent, breadcrumbs from the space's root (each with the caller's level: None means the caller cannot open that step), the caller's level on the folder, whether it inherits access, and how many subfolders (that the caller may read) and documents it holds. 404 when the caller may not read it or it is in the recycle bin. The ETag header holds the version to send as If-Match.");
        folders.MapGet("/{id:guid}/children", ListChildren.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("List a folder's contents")
            .WithDescription("Folders first, then documents; each part sorted by sort = name (default), updatedAt, length or type (prefix - for descending; folders have no length or type and keep name order then), ties broken by id so pages are stable. type filters: folder, document, a media type (application/pdf) or a family (image/*); tag keeps documents with that tag (ignoring case); both leave folders out. Paged (page, pageSize up to 200) with totalCount over both parts.");
        folders.MapPatch("/{id:guid}", RenameFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Rename a folder")
            .WithDescription("{ name }. Needs write access to the folder it is in. The name rules apply (400 naming the field); a name taken in that folder by a document or folder, regardless of case, is a 409. A space's root is not renamed. Publishes documents.moved.v1. Requires If-Match: 428 without it, 412 when stale.");
        folders.MapPost("/{id:guid}/move", MoveFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Move a folder")
            .WithDescription("{ targetFolderId, name? }: moves the folder with everything below it, also into another space. Needs write access where it is and in the target (404 for a target the caller cannot read). Into itself or a folder below it: 400 naming the path. Name taken in the target: 409. Access entries stay on the folders that carry them; what was inherited now comes from the new place. Publishes documents.moved.v1. Requires If-Match.");
        folders.MapPost("/{id:guid}/copy", CopyFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Copy a folder")
            .WithDescription("{ targetFolderId, name? }: a deep copy of the subfolders the caller may read and the documents in use, each document with its whole version history (the copies point at the same stored contents; nothing is stored twice) and its tags and metadata. Access entries, share links, locks and what is in the recycle bin are not copied. Into itself or below itself: 400. Name taken: 409. Publishes documents.document-uploaded.v1 per copied document. Answers the new folder.");
        folders.MapDelete("/{id:guid}", DeleteFolder.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Delete a folder (to the recycle bin)")
            .WithDescription("Needs write access to the folder it is in. The folder goes to the recycle bin; what is below it is hidden with it and comes back with it. 423 when someone else holds a check-out lock on a document below. A space's root cannot be deleted (400). Publishes documents.deleted.v1. Requires If-Match.");
    }
}
