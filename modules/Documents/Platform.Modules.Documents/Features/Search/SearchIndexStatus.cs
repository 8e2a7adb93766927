using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>The state of the search index: how many documents it covers, how many wait for the indexer, and the last rebuild.</summary>
/// <param name="Documents">Documents in use (outside the recycle bin).</param>
/// <param name="Indexed">Entries in the index.</param>
/// <param name="Pending">Documents in use whose current content is not indexed yet (events on their way, or failures).</param>
/// <param name="Rebuild">The last or running rebuild.</param>
public sealed record SearchStatusDto(long Documents, long Indexed, long Pending, SearchRebuildProgress Rebuild);

/// <summary>POST /search/rebuild and GET /search/status.</summary>
internal static class SearchIndexStatus
{
    public static async Task<Accepted<SearchStatusDto>> Rebuild(DocumentsDbContext db, SearchRebuild rebuild, CancellationToken cancellationToken)
    {
        // A rebuild already running is not started twice; the caller follows the same progress.
        rebuild.TryStart();
        return TypedResults.Accepted("/api/documents/search/status", await StatusAsync(db, rebuild, cancellationToken));
    }

    public static async Task<Ok<SearchStatusDto>> Get(DocumentsDbContext db, SearchRebuild rebuild, CancellationToken cancellationToken) =>
        TypedResults.Ok(await StatusAsync(db, rebuild, cancellationToken));

    private static async Task<SearchStatusDto> StatusAsync(DocumentsDbContext db, SearchRebuild rebuild, CancellationToken cancellationToken)
    {
        // The progress first: a rebuild reported finished has saved everything, so the counts below include all of it
        // (read after them, a rebuild finishing in between showed "Completed" beside counts taken halfway).
        var progress = rebuild.Progress;
        var inUse = db.Documents.AsNoTracking().Where(d => d.DeletedAt == null);
        var documents = await inUse.LongCountAsync(cancellationToken);
        var indexed = await db.SearchEntries.LongCountAsync(cancellationToken);
        var pending = await inUse.LongCountAsync(d => !db.SearchEntries.Any(e => e.DocumentId == d.Id && e.ContentHash == d.Hash), cancellationToken);
        return new SearchStatusDto(documents, indexed, pending, progress);
    }
}
