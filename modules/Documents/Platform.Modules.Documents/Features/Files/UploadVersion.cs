using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Items;
using Platform.Modules.Documents.Features.Versions;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// A new version of a document from an upload streamed into the blob store (raw body or one multipart file part). An
/// If-Match on the document's ETag makes the upload conditional (412 when someone changed it since); the check-out
/// lock of someone else answers 423 before a byte is read.
/// </summary>
internal static class UploadVersion
{
    public static async Task<Results<Ok<DocumentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, string? comment, HttpContext http, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer, VersionPruner pruner,
        DocumentBlobs blobs, DocumentsOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (document, level) = await access.FindDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document", id);
        }

        if (level < AccessLevel.Write)
        {
            return DocumentProblems.CannotWrite();
        }

        // If-Match is optional here: a client that sends it asks not to overwrite a version it has not seen.
        if (http.Request.Headers.IfMatch.Count > 0 && Preconditions.CheckIfMatch(http.Request, document.Version) is { } stale)
        {
            return stale;
        }

        if (await writer.CheckLockAsync(document, cancellationToken) is { } locked)
        {
            return locked;
        }

        if (FileLimits.RefuseDeclaredLength(http.Request, options.MaxUploadBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        var (body, bodyError) = await FileLimits.OpenAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return new ValidationErrors().Add("file", bodyError!).ToProblem();
        }

        var (fields, fieldsProblem) = UploadFields.Read([comment, (string?)http.Request.Headers[UploadFields.CommentHeader], .. body.Field("comment")], []);
        if (fieldsProblem is not null)
        {
            return fieldsProblem;
        }

        var (content, problem) = await UploadedContent.StoreAsync(body, document.Name, blobs.Container, options.MaxUploadBytes, cancellationToken);
        if (content is null)
        {
            return problem!;
        }

        if (await body.ReadRestAsync(cancellationToken) is { } restError)
        {
            return new ValidationErrors().Add("file", restError).ToProblem();
        }

        (fields, fieldsProblem) = UploadFields.Read([fields.Comment, .. body.Field("comment")], []);
        if (fieldsProblem is not null)
        {
            return fieldsProblem;
        }

        writer.AddVersion(document, content.Blob, content.ContentType, fields.Comment);
        await pruner.PruneAsync(document, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(http.Response, document.Version);
        return TypedResults.Ok(DocumentDto.From(document, level, time.GetUtcNow()));
    }
}
