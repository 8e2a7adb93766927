using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Events;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>Checking a document out: for how many hours (default <see cref="DocumentsOptions.DefaultLockHours"/>).</summary>
public sealed record LockDocumentRequest(int? DurationHours);

internal static class LockDocument
{
    public const int MaxHours = 7 * 24;

    public static async Task<Results<Ok<LockDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, DocumentsDbContext db, DocumentAccess access, IUserAccounts accounts, DocumentsOptions options,
        TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (readable, request) = await OptionalJsonBody.TryReadAsync<LockDocumentRequest>(httpRequest, cancellationToken);
        if (!readable)
        {
            return new ValidationErrors().Add("body", "The body is optional; when sent, it is JSON: {\"durationHours\": 8}.").ToProblem();
        }

        var hours = request?.DurationHours ?? Math.Clamp(options.DefaultLockHours, 1, MaxHours);
        if (hours is < 1 or > MaxHours)
        {
            return new ValidationErrors().Add("durationHours", $"A lock lasts between 1 and {MaxHours} hours.").ToProblem();
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

        if (access.UserId is not { } userId)
        {
            return LockProblems.NoPerson();
        }

        if (httpRequest.Headers.IfMatch.Count > 0 && Preconditions.CheckIfMatch(httpRequest, document.Version) is { } stale)
        {
            return stale;
        }

        var now = time.GetUtcNow();
        if (document.IsLockedAt(now) && document.LockedBy != userId)
        {
            var holder = await accounts.FindByIdAsync(document.LockedBy!.Value, cancellationToken);
            return LockProblems.HeldByOther(document, holder?.DisplayName ?? document.LockedBy.Value.ToString());
        }

        // Locking again while holding the lock extends it from now; a lapsed lock of anyone counts as free.
        var renewing = document.IsLockedAt(now);
        document.LockedBy = userId;
        document.LockedAt = renewing ? document.LockedAt ?? now : now;
        document.LockExpiresAt = now.AddHours(hours);
        db.PublishEvent(new DocumentLocked(document.Id, document.FolderId, document.Name, userId, document.LockExpiresAt.Value));
        await db.SaveChangesAsync(cancellationToken);

        var name = (await accounts.FindByIdAsync(userId, cancellationToken))?.DisplayName;
        Preconditions.SetETag(response, document.Version);
        return TypedResults.Ok(LockDto.From(document, name));
    }
}
