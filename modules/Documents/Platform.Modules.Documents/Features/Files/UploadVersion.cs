using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Items;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>A new version of a document from a request body streamed into the blob store.</summary>
internal static class UploadVersion
{
    public static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> Handle(
        Guid id, string? comment, HttpRequest request, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer,
        DocumentBlobs blobs, DocumentsOptions options, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
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

        if (await writer.CheckLockAsync(document, cancellationToken) is { } locked)
        {
            return locked;
        }

        StoredBlob blob;
        try
        {
            blob = await blobs.Container.PutAsync(request.Body, options.MaxUploadBytes, cancellationToken);
        }
        catch (BlobTooLargeException tooLarge)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", detail: tooLarge.Message);
        }

        writer.AddVersion(document, blob, request.ContentType ?? "application/octet-stream", comment);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, document.Version);
        return TypedResults.Ok(DocumentDto.From(document, level, time.GetUtcNow()));
    }
}
