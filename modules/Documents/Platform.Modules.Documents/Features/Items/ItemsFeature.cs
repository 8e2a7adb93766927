using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Items;

/// <summary>Documents as items of a folder: details, rename, tags and metadata, move, copy, delete to the recycle bin.</summary>
internal static class ItemsFeature
{
    public static void Configure(ModuleBuilder module) =>
        module.Services.RegisterType<DocumentDetailsReader>().InstancePerLifetimeScope();

    public static void Map(IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/{id:guid}", GetDocument.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Get a document")
            .WithDescription("Its name, folder, space and path, current version (type, length, SHA-256, number), tags, metadata, who created and last changed it and when, the check-out lock (holder, name, expiry) while one is held, and the caller's access level. 404 when it does not exist, is in the recycle bin, or the caller may not read its folder. The ETag header holds the version to send as If-Match.");
        documents.MapPatch("/{id:guid}", UpdateDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Rename a document, set its tags and metadata")
            .WithDescription("{ name?, tags?, metadata? }: a field left out stays as it is; tags and metadata replace the whole set. Tags: at most 50, each 1-100 characters, unique ignoring case. Metadata: at most 100 fields, keys 1-100 characters unique ignoring case, values up to 2,000 characters. Name rules as for uploads (400 naming the field), a name taken in the folder is a 409, a rename while someone else holds the lock is a 423; a rename publishes documents.moved.v1. Needs write access to its folder. Requires If-Match: 428 without it, 412 when stale.");
        documents.MapPost("/{id:guid}/move", MoveDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Move a document")
            .WithDescription("{ targetFolderId, name? }: moves it with its versions, tags, metadata and share links, also into another space. Needs write access where it is and in the target (404 for a target the caller cannot read). Name taken in the target: 409; someone else holds the lock: 423. Publishes documents.moved.v1. Requires If-Match.");
        documents.MapPost("/{id:guid}/copy", CopyDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Copy a document")
            .WithDescription("{ targetFolderId, name? }: a new document with the same version history, each version pointing at the same stored content, and the same tags and metadata; not its lock or share links. The target may be its own folder under another name. Needs read access to the document and write access to the target. Name taken: 409. Publishes documents.document-uploaded.v1. Answers the copy.");
        documents.MapDelete("/{id:guid}", DeleteDocument.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Delete a document (to the recycle bin)")
            .WithDescription("Needs write access to its folder. It goes to the recycle bin with its versions, tags, metadata and share links, until restored or purged. 423 when someone else holds its check-out lock. Publishes documents.deleted.v1. Requires If-Match.");
    }
}
