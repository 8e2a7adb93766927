using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Versions;

internal static class VersionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var versions = api.MapGroup("/documents/{id:guid}/versions").WithTags("Versions");
        versions.MapGet("/", ListVersions.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("List a document's versions")
            .WithDescription("Newest first: number, author (id and name), time, size, SHA-256 hash, content type, the file name it had, comment, "
                + "restoredFrom (the version a restore copied) and isCurrent. Versions removed by retention are not listed; numbers never repeat. "
                + "For those who may read the document's folder (404 otherwise). The ETag header holds the document's version.");
        versions.MapPost("/{number:int}/restore", RestoreVersion.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Restore an old version")
            .WithDescription("Adds the old version's content as a new current version (restoredFrom names the old one; the content is not copied: "
                + "both versions point at the same blob). Body optional: {comment}. Needs write access to the folder (403); 423 when someone else "
                + "has the document checked out; If-Match optional (412 when it is stale). Publishes documents.version-added.v1 and applies version "
                + "retention. 201 with the new version and the document's ETag.");
    }
}
