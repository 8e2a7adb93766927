using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Sharing.Entries;
using Platform.Modules.Documents.Features.Sharing.Links;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Sharing;

/// <summary>Per-folder access entries (people, roles, departments; inherited, overridable) and share links (expiry, password, download limit).</summary>
internal static class SharingFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<SharedLinkResolver>().InstancePerLifetimeScope();
        module.Events.Publishes<DocumentShared>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        MapAccess(api);
        MapLinks(api);
        MapShared(api);
    }

    private static void MapAccess(IEndpointRouteBuilder api)
    {
        const string Rules = "Entries name Everyone, a Person (user id), a Department (covers its sub-departments) or a Role, with a level None, Read, Write or Manage. They apply to the folder and everything below it; for each principal the nearest entry walking up decides (None withdraws what that principal inherited, not what the user holds otherwise), and a folder that does not inherit starts afresh from its own entries. A user's level is the highest over their principals.";
        api.MapGet("/folders/{id:guid}/access", GetFolderAccess.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithTags("Sharing")
            .WithSummary("Get a folder's access entries")
            .WithDescription($"The folder's own entries, whether it inherits, and the entries reaching it from the folders above (with the folder each comes from, and whether an own entry overrides it); principals are shown with their names. For those with manage level on the folder or documents.manage: readers get 403, others 404. ETag: the folder's version. {Rules}");
        api.MapPut("/folders/{id:guid}/access", ReplaceFolderAccess.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithTags("Sharing")
            .WithSummary("Replace a folder's access entries")
            .WithDescription($"Body {{inheritsAccess, entries:[{{principalKind, principalId | roleName, level}}]}} replaces every own entry of the folder. Manage level on the folder or documents.manage; If-Match with the folder's ETag (428 without, 412 when stale). 400 naming the entry for an unknown person or department or a duplicate principal, and for a change that would leave the caller without manage access (unless they hold documents.manage). Publishes documents.shared.v1 for each principal added or given more. {Rules}");
        api.MapGet("/folders/{id:guid}/access/check", CheckFolderAccess.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithTags("Sharing")
            .WithSummary("Explain a user's access to a folder")
            .WithDescription("?userId=…&roles=…: the level the user has on the folder and the entry giving it, with every entry for their principals that counts there (themself, their department chain, everyone, and the roles given: modules cannot read another user's roles, so name the roles to take into account). documents.manage gives Manage everywhere, which no entry shows. For those who manage the folder.");
    }

    private static void MapLinks(IEndpointRouteBuilder api)
    {
        const string Create = "Body {expiresAt?, password?, maxDownloads?}. 201 with the link, its secret token and URL: shown once, only the token's SHA-256 is stored. Manage level on the folder (or documents.manage) is needed, as for access entries: a link opens the item to anyone holding it. Visitors send the password in the X-Share-Password header. Publishes documents.shared.v1.";
        api.MapPost("/documents/{id:guid}/share-links", CreateShareLink.ForDocument)
            .RequirePermission(DocumentPermissions.Write)
            .WithTags("Sharing")
            .WithSummary("Share a document by link")
            .WithDescription(Create);
        api.MapPost("/folders/{id:guid}/share-links", CreateShareLink.ForFolder)
            .RequirePermission(DocumentPermissions.Write)
            .WithTags("Sharing")
            .WithSummary("Share a folder by link")
            .WithDescription(Create + " A folder link opens the folder's live contents at each visit, except subfolders closed off on purpose (not inheriting access, or withdrawing it from someone), and everything below them.");
        api.MapGet("/share-links", ListShareLinks.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithTags("Sharing")
            .WithSummary("List share links")
            .WithDescription("?documentId= or ?folderId=: that item's links (manage level needed); neither: the links the caller made (all links for documents.manage). Newest first, paged (page, pageSize); with status Active, Expired, Exhausted or Revoked and the download count; never the tokens.");
        api.MapDelete("/share-links/{id:guid}", RevokeShareLink.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithTags("Sharing")
            .WithSummary("Revoke a share link")
            .WithDescription("The link answers 404 from now on and stays listed as revoked. For those who manage the shared item, the link's creator and documents.manage. Requires If-Match with the link's ETag (428 without, 412 when stale).");
    }

    private static void MapShared(IEndpointRouteBuilder api)
    {
        const string Answers = "Anonymous on purpose: the token in the URL is the credential. 404 for an unknown or revoked link and while the shared item is in the recycle bin (it works again after a restore); 410 past its expiry or once its downloads are used up; 401 without the right password in the X-Share-Password header; 429 (Retry-After) after too many wrong passwords.";
        const string Counting = "A download counts against the link's limit once: requests starting at byte 0 (no Range, or a Range from 0) count, Range requests starting later continue a download and do not; a 304 counts nothing.";
        api.MapGet("/shared/{token}", GetSharedItem.Handle)
            .AllowAnonymous()
            .WithTags("Sharing")
            .WithSummary("Open a share link")
            .WithDescription($"What the link shares: a document's name, size, type, and the link's expiry and downloads left; for a folder its live contents (subfolders, a page of documents), browsable below with ?folderId=. Does not count as a download. {Answers}");
        api.MapGet("/shared/{token}/content", ServeSharedContent.Document)
            .AllowAnonymous()
            .WithTags("Sharing")
            .WithSummary("Download a shared document")
            .WithDescription($"The shared document's current content, with Range, ETag/If-None-Match and an attachment Content-Disposition. {Counting} {Answers}")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        api.MapGet("/shared/{token}/documents/{documentId:guid}/content", ServeSharedContent.FolderDocument)
            .AllowAnonymous()
            .WithTags("Sharing")
            .WithSummary("Download a document of a shared folder")
            .WithDescription($"One document within what a folder link opens. {Counting} {Answers}")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        api.MapGet("/shared/{token}/archive", ServeSharedArchive.Handle)
            .AllowAnonymous()
            .WithTags("Sharing")
            .WithSummary("Download a shared folder as a zip")
            .WithDescription($"The shared folder (or, with ?folderId=, a folder within it) as a zip streamed as it is written, holding what the link opens. Counts as one download. {Answers}")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
    }
}
