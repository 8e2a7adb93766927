using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Locks;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>Restoring a version: its comment, optional (by default "Restored from version N").</summary>
public sealed record RestoreVersionRequest(string? Comment);

internal static class RestoreVersion
{
    public static async Task<Results<Created<VersionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, int number, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer,
        DocumentBlobs blobs, VersionPruner pruner, IUserAccounts accounts, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (readable, request) = await OptionalJsonBody.TryReadAsync<RestoreVersionRequest>(httpRequest, cancellationToken);
        if (!readable)
        {
            return new ValidationErrors().Add("body", "The body is optional; when sent, it is JSON: {\"comment\": \"…\"}.").ToProblem();
        }

        var comment = request?.Comment;
        if (comment is { Length: > DocumentVersion.CommentMaxLength })
        {
            return new ValidationErrors().Add("comment", $"A comment has at most {DocumentVersion.CommentMaxLength} characters.").ToProblem();
        }

        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (level < AccessLevel.Write)
        {
            return DocumentProblems.CannotWrite();
        }

        // If-Match is optional here: a restore adds a version rather than overwriting one, but a client that read the
        // document may still ask not to restore over a version it has not seen.
        if (httpRequest.Headers.IfMatch.Count > 0 && Preconditions.CheckIfMatch(httpRequest, document.Version) is { } stale)
        {
            return stale;
        }

        var old = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == id && v.Number == number, cancellationToken);
        if (old is null)
        {
            return ApiProblems.NotFound("Version", number);
        }

        if (await writer.CheckLockAsync(document, cancellationToken) is { } locked)
        {
            return locked;
        }

        // The old version's row keeps its blob from the sweep, so the content is there unless storage itself lost it.
        if (await blobs.Container.GetInfoAsync(old.Hash, cancellationToken) is null)
        {
            return ApiProblems.Conflict(
                $"The content of version {number} is missing from storage.",
                "It cannot be restored until the blob folder is restored from a backup (see docs/modules/documents.md).");
        }

        // No copy: the new version points at the same content-addressed blob.
        var version = writer.AddVersion(
            document, new StoredBlob(old.Hash, old.Length, AlreadyExisted: true), old.ContentType,
            string.IsNullOrWhiteSpace(comment) ? $"Restored from version {number}" : comment, restoredFrom: number);
        await pruner.PruneAsync(document, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var names = await ListVersions.AuthorNamesAsync([version], accounts, cancellationToken);
        Preconditions.SetETag(response, document.Version);
        // The module's route prefix is what precedes this route's own "/documents/{id}" in the request path.
        var path = httpRequest.Path.Value ?? "";
        var prefix = path[..Math.Max(0, path.LastIndexOf($"/documents/{id}", StringComparison.OrdinalIgnoreCase))];
        return TypedResults.Created($"{httpRequest.PathBase}{prefix}/documents/{id}/versions/{version.Number}/content", VersionDto.From(version, document, names));
    }
}
