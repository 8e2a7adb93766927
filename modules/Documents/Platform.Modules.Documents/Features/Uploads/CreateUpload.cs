using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Files;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>
/// POST /uploads (the creation extension): validates everything an upload will need before any byte is sent. With
/// creation-with-upload the request carries the first bytes (or all of them), received once the upload exists.
/// </summary>
internal static class CreateUpload
{
    private const string Metadata = TusProtocol.MetadataHeader;

    public static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> Handle(HttpContext http, TusServices services, CancellationToken cancellationToken)
    {
        var tus = new TusRequest(http, services, cancellationToken);
        var request = tus.Http.Request;
        var bodyLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (bodyLimit is { IsReadOnly: false })
        {
            // The endpoint lifts the host's general limit for bytes sent with the creation: never more than an upload may hold.
            bodyLimit.MaxRequestBodySize = tus.Options.MaxUploadBytes;
        }

        var withUpload = http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true && request.ContentLength != 0;
        if (withUpload && TusProtocol.RequireOffsetContentType(request) is { } wrongType)
        {
            return wrongType;
        }

        var errors = new ValidationErrors();
        var length = TusProtocol.ReadLength(request, TusProtocol.LengthHeader);
        if (request.Headers.TryGetValue(TusProtocol.DeferLengthHeader, out var deferred))
        {
            // creation-defer-length: the length comes with a later PATCH.
            if (deferred != "1")
            {
                errors.Add(TusProtocol.DeferLengthHeader, "Upload-Defer-Length is 1, for an upload whose length is not known yet.");
            }
            else if (request.Headers.ContainsKey(TusProtocol.LengthHeader))
            {
                errors.Add(TusProtocol.LengthHeader, "Send Upload-Length or Upload-Defer-Length, not both.");
            }
        }
        else if (length is null)
        {
            errors.Add(TusProtocol.LengthHeader, "Upload-Length is required: the upload's total size in bytes (or Upload-Defer-Length: 1 when it is not known yet).");
        }

        if (!UploadMetadata.TryParse(request.Headers[Metadata].ToString(), out var metadata, out var metadataError))
        {
            errors.Add(Metadata, metadataError);
        }

        var (folderId, documentId) = ReadTarget(metadata, errors);
        var fileName = metadata.GetValueOrDefault("filename") ?? metadata.GetValueOrDefault("name");
        var name = "";
        if (folderId is not null && !ItemName.TryNormalize(fileName, out name, out var nameError))
        {
            errors.Add($"{Metadata}.filename", nameError);
        }

        var comment = metadata.GetValueOrDefault("comment");
        if (comment is { Length: > DocumentVersion.CommentMaxLength })
        {
            errors.Add($"{Metadata}.comment", $"A comment has at most {DocumentVersion.CommentMaxLength} characters.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (length > tus.Options.MaxUploadBytes)
        {
            return TusProtocol.TooLarge(tus.Options.MaxUploadBytes);
        }

        if (request.ContentLength > (length ?? tus.Options.MaxUploadBytes))
        {
            return TusProtocol.TooLarge(length ?? tus.Options.MaxUploadBytes);
        }

        if (tus.Access.UserId is not { } userId)
        {
            return ApiProblems.Forbidden(
                "Resumable uploads are for signed-in people.",
                "An upload session belongs to the person who started it; a client acting on its own uploads with POST /folders/{id}/files.");
        }

        var (target, problem) = await UploadTarget.ResolveAsync(folderId, documentId, name, checkName: true, tus.Access, tus.Writer, tus.CancellationToken);
        if (target is null)
        {
            return problem!;
        }

        var now = tus.Time.GetUtcNow();
        var session = new UploadSession
        {
            Id = Guid.CreateVersion7(now),
            FolderId = target.Folder?.Id,
            DocumentId = target.Document?.Id,
            FileName = target.Name,
            Length = length,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            CreatedBy = userId,
            CreatedAt = now,
            ExpiresAt = tus.NewExpiry(),
        };
        tus.Db.Uploads.Add(session);
        var location = $"{request.PathBase}{request.Path.Value?.TrimEnd('/')}/{session.Id}";
        if (withUpload && session.Length != 0)
        {
            await tus.Db.SaveChangesAsync(tus.CancellationToken);
            return await ReceiveFirstBytesAsync(tus, session, location);
        }

        if (session.Length == 0)
        {
            // Nothing will follow: an empty file is complete as soon as it exists.
            await tus.Blobs.Container.AppendStagedAsync(session.Id.ToString(), Stream.Null, 0, 0, tus.CancellationToken);
            var (createdId, failed) = await tus.Completion.CompleteAsync(session, tus.CancellationToken);
            if (failed is not null)
            {
                // No session row was saved, so nothing else would ever discard the staged (empty) file.
                await tus.Blobs.Container.DeleteStagedAsync(session.Id.ToString(), tus.CancellationToken);
                return failed;
            }

            tus.Http.Response.Headers[TusProtocol.DocumentIdHeader] = createdId.ToString();
        }
        else
        {
            await tus.Db.SaveChangesAsync(tus.CancellationToken);
        }

        TusProtocol.SetOffset(tus.Http.Response, 0, session.ExpiresAt);
        return TypedResults.Created(location);
    }

    // The bytes sent with the creation, received as a PATCH at offset 0 would be. A body that broke off still answers
    // 201 with the offset reached, so a client still listening resumes from there; a body longer than the upload, or a
    // completion that failed, or a full disk, leaves nothing behind.
    private static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> ReceiveFirstBytesAsync(TusRequest tus, UploadSession session, string location)
    {
        var (problem, interrupted) = await AppendUpload.ReceiveAsync(tus, session, 0);
        if (interrupted)
        {
            var offset = await tus.Blobs.Container.GetStagedLengthAsync(session.Id.ToString(), CancellationToken.None);
            TusProtocol.SetOffset(tus.Http.Response, offset, session.ExpiresAt);
            return TypedResults.Created(location);
        }

        if (problem is not null)
        {
            if (session.CompletedDocumentId is null && await tus.Db.Uploads.FindAsync([session.Id], CancellationToken.None) is { } saved)
            {
                tus.Db.Uploads.Remove(saved);
                await tus.Db.SaveChangesAsync(CancellationToken.None);
                await tus.Blobs.Container.DeleteStagedAsync(session.Id.ToString(), CancellationToken.None);
            }

            // A full disk: the upload is gone with its bytes, so the answer must not tell the client to resume it.
            return problem.StatusCode == StatusCodes.Status507InsufficientStorage ? UploadedContent.StoreFull("Nothing was stored.") : problem;
        }

        return TypedResults.Created(location);
    }

    // Exactly one of folderId (a new document) and documentId (a new version of it).
    private static (Guid? FolderId, Guid? DocumentId) ReadTarget(Dictionary<string, string> metadata, ValidationErrors errors)
    {
        var folder = metadata.GetValueOrDefault("folderId");
        var document = metadata.GetValueOrDefault("documentId");
        if ((folder is null) == (document is null))
        {
            errors.Add(Metadata, "Name exactly one target: folderId (a new document) or documentId (a new version of it).");
            return (null, null);
        }

        if (!Guid.TryParse(folder ?? document, out var id))
        {
            errors.Add($"{Metadata}.{(folder is null ? "documentId" : "folderId")}", "Not an id.");
            return (null, null);
        }

        return folder is null ? (null, id) : (id, null);
    }
}
