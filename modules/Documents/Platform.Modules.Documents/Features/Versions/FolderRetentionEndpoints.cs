using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// A folder's own version retention: read by those who may read the folder, set and cleared by those who manage it.
/// A folder's rules apply to the documents in it and below, until a folder below sets its own; the new rules remove
/// versions at a document's next version and at the daily run.
/// </summary>
internal static class FolderRetentionEndpoints
{
    /// <summary>The largest cap a folder may set (a cap is for trimming history, not for keeping it whole: that is null).</summary>
    public const int MaxKeepVersions = 100_000;

    /// <summary>The longest thinning age a folder may set, in days (a hundred years).</summary>
    public const int MaxThinDays = 36_500;

    public static void Map(IEndpointRouteBuilder api)
    {
        var retention = api.MapGroup("/folders/{id:guid}/retention").WithTags("Versions");
        retention.MapGet("/", GetAsync)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Read a folder's version retention")
            .WithDescription("ownRetention (whether the folder sets its own), keepVersions and thinVersionsAfterDays in force (null: no limit of "
                + "that kind), and source: kind Folder (with the folder, itself or the nearest above that sets its own) or Module (the module's "
                + "KeepVersions and ThinVersionsAfterDays settings). For those who may read the folder (404 otherwise). ETag: the folder's version.");
        retention.MapPut("/", SetAsync)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Set a folder's own version retention")
            .WithDescription("Body {keepVersions, thinVersionsAfterDays}: at most this many versions per document (1 to 100,000; null keeps them all) "
                + "and the age in days past which versions are thinned to one a day, and past four times that one a month (1 to 36,500; null "
                + "never thins). Applies to the documents in the folder and below, until a folder below sets its own; the current version is "
                + "never removed. Versions go at a document's next version and at the daily retention run. Needs manage access to the folder "
                + "(403); If-Match with the folder's ETag (428 without it, 412 when stale). 200 with the retention as read.");
        retention.MapDelete("/", ClearAsync)
            .RequirePermission(DocumentPermissions.Write)
            .WithSummary("Clear a folder's own version retention")
            .WithDescription("The folder inherits again: the rules of the nearest folder above that sets its own, else the module's settings. "
                + "Needs manage access to the folder (403); If-Match with the folder's ETag (428 without it, 412 when stale). 200 with the "
                + "retention as read.");
    }

    private static async Task<Results<Ok<FolderRetentionDto>, ProblemHttpResult>> GetAsync(
        Guid id, DocumentAccess access, FolderRetention retention, HttpResponse response, CancellationToken cancellationToken)
    {
        var (folder, _) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        Preconditions.SetETag(response, folder.Version);
        return TypedResults.Ok(await ViewAsync(folder, retention, cancellationToken));
    }

    private static async Task<Results<Ok<FolderRetentionDto>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid id, SetFolderRetentionRequest? request, DocumentAccess access, DocumentsDbContext db, FolderRetention retention, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request is null)
        {
            return errors.Add("body", "A body {keepVersions, thinVersionsAfterDays} is required; send nulls for no limit.").ToProblem();
        }

        if (request.KeepVersions is < 1 or > MaxKeepVersions)
        {
            errors.Add("keepVersions", $"Between 1 and {MaxKeepVersions} versions, or null to keep them all.");
        }

        if (request.ThinVersionsAfterDays is < 1 or > MaxThinDays)
        {
            errors.Add("thinVersionsAfterDays", $"Between 1 and {MaxThinDays} days, or null never to thin.");
        }

        return errors.Any
            ? errors.ToProblem()
            : await ChangeAsync(id, true, request.KeepVersions, request.ThinVersionsAfterDays, access, db, retention, time, httpRequest, response, cancellationToken);
    }

    private static async Task<Results<Ok<FolderRetentionDto>, ValidationProblem, ProblemHttpResult>> ClearAsync(
        Guid id, DocumentAccess access, DocumentsDbContext db, FolderRetention retention, TimeProvider time, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken) =>
        await ChangeAsync(id, false, null, null, access, db, retention, time, httpRequest, response, cancellationToken);

    private static async Task<Results<Ok<FolderRetentionDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        Guid id, bool own, int? keepVersions, int? thinVersionsAfterDays, DocumentAccess access, DocumentsDbContext db, FolderRetention retention,
        TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var (folder, level) = await access.FindFolderAsync(id, cancellationToken);
        if (folder is null)
        {
            return ApiProblems.NotFound("Folder", id);
        }

        if (level < AccessLevel.Manage)
        {
            return ApiProblems.Forbidden(
                "You may not set this folder's version retention.",
                "Retention is set by those with manage access to the folder, and by holders of documents.manage.");
        }

        if (Preconditions.CheckIfMatch(httpRequest, folder.Version) is { } failed)
        {
            return failed;
        }

        (folder.OwnRetention, folder.KeepVersions, folder.ThinVersionsAfterDays) = (own, keepVersions, thinVersionsAfterDays);
        folder.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, folder.Version);
        return TypedResults.Ok(await ViewAsync(folder, retention, cancellationToken));
    }

    private static async Task<FolderRetentionDto> ViewAsync(Folder folder, FolderRetention retention, CancellationToken cancellationToken)
    {
        var (rules, source) = await retention.ForFolderAsync(folder.Id, cancellationToken);
        var from = source is null
            ? new RetentionSourceDto(RetentionSourceKind.Module, null, null)
            : new RetentionSourceDto(RetentionSourceKind.Folder, source.Id, source.Name);
        return new FolderRetentionDto(folder.Id, folder.OwnRetention, rules.KeepVersions, rules.ThinVersionsAfterDays, from);
    }
}
