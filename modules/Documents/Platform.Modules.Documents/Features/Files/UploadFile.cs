using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Features.Items;
using Platform.Modules.Documents.Features.Versions;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Files;

/// <summary>
/// A new document from an upload streamed into the blob store (raw body or one multipart file part). Everything that
/// can be checked before the bytes arrive is checked first (folder, access, size, name, conflict, lock), so a refused
/// upload of a large file is refused before it is sent; the rows are added only once the content is stored whole.
/// </summary>
internal static class UploadFile
{
    public static async Task<Results<Created<DocumentDto>, Ok<DocumentDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid folderId, string? name, string? comment, [FromQuery] string[]? tags, string? onConflict, HttpContext http, DocumentsDbContext db, DocumentAccess access,
        DocumentWriter writer, VersionPruner pruner, DocumentBlobs blobs, DocumentsOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!NameConflict.TryParse(onConflict, out var conflict))
        {
            return new ValidationErrors().Add("onConflict", "onConflict is fail (the default), version or rename.").ToProblem();
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

        if (FileLimits.RefuseDeclaredLength(http.Request, options.MaxUploadBytes) is { } tooLarge)
        {
            return tooLarge;
        }

        var (body, bodyError) = await FileLimits.OpenAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return new ValidationErrors().Add("file", bodyError!).ToProblem();
        }

        var (fields, fieldsProblem) = UploadFields.Read([comment, (string?)http.Request.Headers[UploadFields.CommentHeader], .. body.Field("comment")], [.. tags ?? [], .. body.Field("tags")]);
        var rawName = name ?? body.Field("name").FirstOrDefault() ?? body.FileName;
        if (!ItemName.TryNormalize(rawName, out var fileName, out var nameError))
        {
            return new ValidationErrors().Add("name", rawName is null ? "Name the file: ?name=, or a filename in Content-Disposition or in the form's file part." : nameError).ToProblem();
        }

        if (fieldsProblem is not null)
        {
            return fieldsProblem;
        }

        var target = await NameConflict.ResolveAsync(conflict, folder, fileName, db, writer, cancellationToken);
        if (target.Problem is not null)
        {
            return target.Problem;
        }

        var (content, problem) = await UploadedContent.StoreAsync(body, target.Name, blobs.Container, options.MaxUploadBytes, cancellationToken);
        if (content is null)
        {
            return problem!;
        }

        // Fields the form sent after the file are known only now; the stored blob is left to the orphan sweep if they are bad.
        if (await body.ReadRestAsync(cancellationToken) is { } restError)
        {
            return new ValidationErrors().Add("file", restError).ToProblem();
        }

        (fields, fieldsProblem) = UploadFields.Read([fields.Comment, .. body.Field("comment")], [.. fields.Tags, .. body.Field("tags")]);
        if (fieldsProblem is not null)
        {
            return fieldsProblem;
        }

        if (target.Existing is { } existing)
        {
            writer.AddVersion(existing, content.Blob, content.ContentType, fields.Comment);
            await pruner.PruneAsync(existing, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Preconditions.SetETag(http.Response, existing.Version);
            http.Response.Headers.Location = $"/api/documents/documents/{existing.Id}";
            return TypedResults.Ok(DocumentDto.From(existing, level, time.GetUtcNow()));
        }

        // Another upload may have taken the name while this one streamed; the unique index catches what this misses.
        if (await writer.IsNameTakenAsync(folder.Id, ItemName.KeyOf(target.Name), null, cancellationToken))
        {
            return NameConflict.Taken(target.Name, folder);
        }

        var document = writer.CreateDocument(folder, target.Name, content.Blob, content.ContentType, fields.Comment);
        document.Tags.AddRange(fields.Tags.Select(t => new DocumentTag { DocumentId = document.Id, Value = t }));
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(http.Response, document.Version);
        return TypedResults.Created($"/api/documents/documents/{document.Id}", DocumentDto.From(document, level, time.GetUtcNow()));
    }
}
