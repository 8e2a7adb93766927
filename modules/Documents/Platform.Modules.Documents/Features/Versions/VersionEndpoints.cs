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
        versions.MapGet("/compare", CompareVersions.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Compare two versions")
            .WithDescription("Query: from and to, version numbers (default: to is the current version, from the one before it; 400 when there is "
                + "none, 404 for a number retention removed or never had). Answers both versions' details, sameContent (same SHA-256) and "
                + "lengthChange, and text: how their text differs line by line (a line is a paragraph of a Word file, a text line of a PDF, a row of "
                + "a spreadsheet with tabs between cells, a line of a text file). text.outcome is Compared, SameContent, NoText (a format without "
                + "text, e.g. an image), TooLarge, Unreadable or TimedOut (detail says which version). A compared text has linesAdded, "
                + "linesRemoved and hunks as in a unified diff (fromStart, fromCount, toStart, toCount, three unchanged lines around each change); "
                + "each line has kind (Context, Removed, Added), text, fromLine and toLine, and a removed line paired with an added one has "
                + "changes: the spans {start, length} of characters that differ, word by word. The first 10,000 lines of each text are compared "
                + "and at most 2,000 lines returned: truncated says when either limit, or the text extraction's, was reached. "
                + "For those who may read the document's folder (404 otherwise).");
        versions.MapPost("/{number:int}/restore", RestoreVersion.Handle)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Restore an old version")
            .WithDescription("Adds the old version's content as a new current version (restoredFrom names the old one; the content is not copied: "
                + "both versions point at the same blob). Body optional: {comment}. Needs write access to the folder (403); 423 when someone else "
                + "has the document checked out; If-Match optional (412 when it is stale). Publishes documents.version-added.v1 and applies version "
                + "retention. 201 with the new version and the document's ETag.");
    }
}
