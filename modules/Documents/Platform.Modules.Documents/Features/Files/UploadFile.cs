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

/// <summary>A new document from a request body streamed into the blob store.</summary>
internal static class UploadFile
{
    public static async Task<Results<Created<DocumentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid folderId, string? name, string? comment, HttpRequest request, DocumentsDbContext db, DocumentAccess access, DocumentWriter writer,
        DocumentBlobs blobs, DocumentsOptions options, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!ItemName.TryNormalize(name, out var fileName, out var nameError))
        {
            return new ValidationErrors().Add("name", nameError).ToProblem();
        }

        var (folder, level) = await access.FindFolderAsync(folderId, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", folderId);
        }

        if (level < AccessLevel.Write)
        {
            return DocumentProblems.CannotWrite();
        }

        if (await writer.IsNameTakenAsync(folder.Id, ItemName.KeyOf(fileName), null, cancellationToken))
        {
            return ApiProblems.Conflict($"'{fileName}' already exists in '{folder.Name}'.", "Upload a new version of that document instead, or choose another name.");
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

        var document = writer.CreateDocument(folder, fileName, blob, request.ContentType ?? "application/octet-stream", comment);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, document.Version);
        return TypedResults.Created($"/api/documents/documents/{document.Id}", DocumentDto.From(document, level, time.GetUtcNow()));
    }
}
