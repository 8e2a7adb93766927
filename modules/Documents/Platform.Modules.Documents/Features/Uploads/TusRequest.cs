using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Content;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>The services every tus handler works with, injected as one (scoped).</summary>
internal sealed record TusServices(
    DocumentsDbContext Db, DocumentAccess Access, DocumentWriter Writer, DocumentBlobs Blobs, DocumentsOptions Options, TimeProvider Time, UploadCompletion Completion);

/// <summary>One tus request: the services, the HTTP exchange, and the lookup of the caller's upload session.</summary>
internal sealed class TusRequest(HttpContext http, TusServices services, CancellationToken cancellationToken)
{
    public HttpContext Http => http;

    public CancellationToken CancellationToken => cancellationToken;

    public DocumentsDbContext Db => services.Db;

    public DocumentAccess Access => services.Access;

    public DocumentWriter Writer => services.Writer;

    public DocumentBlobs Blobs => services.Blobs;

    public DocumentsOptions Options => services.Options;

    public TimeProvider Time => services.Time;

    public UploadCompletion Completion => services.Completion;

    /// <summary>When an upload created or resumed now expires.</summary>
    public DateTimeOffset NewExpiry() => Time.GetUtcNow().AddHours(Math.Max(1, Options.UploadExpiryHours));

    /// <summary>
    /// The caller's upload session (tracked): 404 when there is none or it is someone else's (an upload is its
    /// uploader's alone, and others must not learn it exists), 410 when it has expired.
    /// </summary>
    public async Task<(UploadSession? Session, ProblemHttpResult? Problem)> FindSessionAsync(Guid id)
    {
        var userId = Access.UserId;
        var session = await Db.Uploads.FirstOrDefaultAsync(u => u.Id == id, CancellationToken);
        if (session is null || userId is null || session.CreatedBy != userId)
        {
            return (null, ApiProblems.NotFound("Upload", id));
        }

        return session.CompletedDocumentId is null && session.ExpiresAt <= Time.GetUtcNow()
            ? (null, TusProtocol.Gone(id))
            : (session, null);
    }
}
