using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Files;
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
        if (TusProtocol.RequireOffsetContentType(request) is { } wrongType)
        {
            return wrongType;
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
            var completeLength = session.Length ?? offset;
            if (offset != completeLength)
            {
                return OffsetConflict(completeLength, offset);
            }

            tus.Http.Response.Headers[TusProtocol.DocumentIdHeader] = done.ToString();
            TusProtocol.SetOffset(tus.Http.Response, completeLength, null);
            return TypedResults.NoContent();
        }

        var staged = await tus.Blobs.Container.GetStagedLengthAsync(id.ToString(), tus.CancellationToken);
        if (offset != staged)
        {
            return OffsetConflict(staged, offset);
        }

        // creation-defer-length: a PATCH names the length once it is known, and it never changes after.
        long? declared = null;
        if (request.Headers.ContainsKey(TusProtocol.LengthHeader))
        {
            declared = TusProtocol.ReadLength(request, TusProtocol.LengthHeader);
            var error = declared is not { } named ? "Upload-Length is the upload's total size in bytes."
                : session.Length is { } known && known != named ? $"The upload's length is {known} bytes; it cannot change."
                : named < offset ? $"Upload-Length {named} is less than the {offset} bytes the upload holds."
                : null;
            if (error is not null)
            {
                return new ValidationErrors().Add(TusProtocol.LengthHeader, error).ToProblem();
            }

            if (declared > tus.Options.MaxUploadBytes)
            {
                return TusProtocol.TooLarge(tus.Options.MaxUploadBytes);
            }
        }

        var limit = session.Length ?? declared ?? tus.Options.MaxUploadBytes;
        if (request.ContentLength > limit - offset)
        {
            return TusProtocol.TooLarge(limit);
        }

        // Access may have been withdrawn, or the document checked out, since the upload began: fail before taking bytes.
        var (_, refused) = await UploadTarget.ResolveAsync(session.FolderId, session.DocumentId, session.FileName, checkName: false, tus.Access, tus.Writer, tus.CancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (session.Length is null && declared is not null)
        {
            // Kept before the bytes, so a PATCH that breaks off does not lose it.
            session.Length = declared;
            await tus.Db.SaveChangesAsync(tus.CancellationToken);
        }

        var (problem, _) = await ReceiveAsync(tus, session, offset);
        return problem is null ? TypedResults.NoContent() : problem;
    }

    /// <summary>
    /// Writes the request's body at <paramref name="offset"/> of the upload (at most its remaining length) and, when the
    /// last byte has arrived, completes it; sets Upload-Offset, Upload-Expires and, once complete, Platform-Document-Id.
    /// Shared by PATCH and by a creation that carries the first bytes. Null when all went well; otherwise the problem,
    /// and whether it is an interruption (the body broke off: what arrived is kept, HEAD tells where to resume).
    /// </summary>
    public static async Task<(ProblemHttpResult? Problem, bool Interrupted)> ReceiveAsync(TusRequest tus, UploadSession session, long offset)
    {
        // An upload whose length is deferred may grow up to the largest upload allowed.
        var maxLength = session.Length ?? tus.Options.MaxUploadBytes;
        if (tus.Http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxLength - offset;
        }

        long newOffset;
        try
        {
            newOffset = await tus.Blobs.Container.AppendStagedAsync(session.Id.ToString(), tus.Http.Request.Body, offset, maxLength, tus.Http.Request.ContentLength, tus.CancellationToken);
        }
        catch (StagedOffsetMismatchException mismatch)
        {
            return (OffsetConflict(mismatch.ActualOffset, offset), false);
        }
        catch (BlobTooLargeException)
        {
            return (TusProtocol.TooLarge(maxLength), false);
        }
        catch (BlobStoreFullException)
        {
            return (UploadedContent.StoreFull("The bytes that arrived are kept: HEAD the upload and resume once there is room."), false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The body broke off (a cut connection, a client that gave up) or another PATCH of this upload holds it.
            // What arrived is kept and flushed by the store: HEAD tells the client where to resume.
            return (Interrupted(ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest), true);
        }

        session.ExpiresAt = tus.NewExpiry();
        if (newOffset == session.Length)
        {
            var (documentId, failed) = await tus.Completion.CompleteAsync(session, tus.CancellationToken);
            if (failed is not null)
            {
                return (failed, false);
            }

            tus.Http.Response.Headers[TusProtocol.DocumentIdHeader] = documentId.ToString();
            TusProtocol.SetOffset(tus.Http.Response, newOffset, null);
            return (null, false);
        }

        await tus.Db.SaveChangesAsync(tus.CancellationToken);
        TusProtocol.SetOffset(tus.Http.Response, newOffset, session.ExpiresAt);
        return (null, false);
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
