using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Platform.Sdk.Http;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>PATCH /uploads/{id}: the next bytes at the offset the client believes the upload holds; the last byte completes it.</summary>
internal static class AppendUpload
{
    public static Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> Handle(Guid id, HttpContext http, TusServices services, CancellationToken cancellationToken) =>
        RunAsync(id, new TusRequest(http, services, cancellationToken));

    public static async Task<Results<NoContent, Ok, ValidationProblem, ProblemHttpResult>> RunAsync(Guid id, TusRequest tus)
    {
        var request = tus.Http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.Equals(TusProtocol.OffsetContentType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: $"A PATCH carries {TusProtocol.OffsetContentType}.",
                detail: $"Send the bytes as the body with Content-Type: {TusProtocol.OffsetContentType}.");
        }

        if (TusProtocol.ReadLength(request, TusProtocol.OffsetHeader) is not { } offset)
        {
            return new ValidationErrors().Add(TusProtocol.OffsetHeader, "Upload-Offset is required: the number of bytes the upload holds so far (HEAD tells).").ToProblem();
        }

        var (session, missing) = await tus.FindSessionAsync(id);
        if (session is null)
        {
            return missing!;
        }

        if (session.CompletedDocumentId is { } done)
        {
            // A repeated final PATCH (its answer was lost): the upload is complete, say so again.
            if (offset != session.Length)
            {
                return OffsetConflict(session.Length, offset);
            }

            tus.Http.Response.Headers[TusProtocol.DocumentIdHeader] = done.ToString();
            TusProtocol.SetOffset(tus.Http.Response, session.Length, null);
            return TypedResults.NoContent();
        }

        var staged = await tus.Blobs.Container.GetStagedLengthAsync(id.ToString(), tus.CancellationToken);
        if (offset != staged)
        {
            return OffsetConflict(staged, offset);
        }

        var remaining = session.Length - offset;
        if (request.ContentLength > remaining)
        {
            return TusProtocol.TooLarge(session.Length);
        }

        // Access may have been withdrawn, or the document checked out, since the upload began: fail before taking bytes.
        var (_, problem) = await UploadTarget.ResolveAsync(session.FolderId, session.DocumentId, session.FileName, checkName: false, tus.Access, tus.Writer, tus.CancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (tus.Http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = remaining;
        }

        long newOffset;
        try
        {
            newOffset = await tus.Blobs.Container.AppendStagedAsync(id.ToString(), request.Body, offset, session.Length, tus.CancellationToken);
        }
        catch (StagedOffsetMismatchException mismatch)
        {
            return OffsetConflict(mismatch.ActualOffset, offset);
        }
        catch (BlobTooLargeException)
        {
            return TusProtocol.TooLarge(session.Length);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The body broke off (a cut connection, a client that gave up) or another PATCH of this upload holds it.
            // What arrived is kept and flushed by the store: HEAD tells the client where to resume.
            return Interrupted(ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest);
        }

        session.ExpiresAt = tus.NewExpiry();
        if (newOffset == session.Length)
        {
            var (documentId, failed) = await tus.Completion.CompleteAsync(session, tus.CancellationToken);
            if (failed is not null)
            {
                return failed;
            }

            tus.Http.Response.Headers[TusProtocol.DocumentIdHeader] = documentId.ToString();
            TusProtocol.SetOffset(tus.Http.Response, newOffset, null);
            return TypedResults.NoContent();
        }

        await tus.Db.SaveChangesAsync(tus.CancellationToken);
        TusProtocol.SetOffset(tus.Http.Response, newOffset, session.ExpiresAt);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult OffsetConflict(long actual, long given)
    {
        var problem = TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Upload-Offset does not match the upload.",
            detail: $"The upload holds {actual} bytes, not {given}. HEAD the upload and continue from its Upload-Offset.");
        problem.ProblemDetails.Extensions["uploadOffset"] = actual;
        return problem;
    }

    private static ProblemHttpResult Interrupted(int status) => TypedResults.Problem(
        statusCode: status,
        title: "The upload was interrupted.",
        detail: "The bytes that arrived are kept. HEAD the upload for its Upload-Offset and PATCH the rest from there.");
}
