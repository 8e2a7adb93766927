using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>What narrows a search besides its words.</summary>
internal sealed record SearchFilters(Guid? FolderId, DocumentTypeFilter? Type, Guid? AuthorId, DateTimeOffset? ModifiedFrom, DateTimeOffset? ModifiedTo, string? Tag);

/// <summary>A matching entry of a readable document, before ranking. Rank: the name's, for a name hit on SQLite; otherwise 0 until ranked.</summary>
internal sealed record SearchCandidate(long EntryId, Guid DocumentId, DateTimeOffset UpdatedAt, double Rank);

/// <summary>A document found by a search.</summary>
/// <param name="Id">The document.</param>
/// <param name="Name">Its name.</param>
/// <param name="FolderId">Its folder.</param>
/// <param name="Path">The folder's path from its space's root, e.g. "Company / Contracts / 2026".</param>
/// <param name="ContentType">The current version's media type.</param>
/// <param name="Length">The current version's size in bytes.</param>
/// <param name="VersionNumber">The current version's number.</param>
/// <param name="ModifiedAt">When the document last changed.</param>
/// <param name="AuthorId">Who created the document.</param>
/// <param name="NameMatched">Whether every searched term is in the name (such hits come first).</param>
/// <param name="Snippet">A passage of the content with the matched words in &lt;mark&gt; (HTML-escaped), or null.</param>
public sealed record SearchHitDto(Guid Id, string Name, Guid FolderId, string Path, string ContentType, long Length, int VersionNumber,
    DateTimeOffset ModifiedAt, Guid? AuthorId, bool NameMatched, string? Snippet);

/// <summary>A page of search hits.</summary>
/// <param name="Items">The hits of the page, best first.</param>
/// <param name="Page">The page number (1-based).</param>
/// <param name="PageSize">The page size.</param>
/// <param name="TotalCount">How many hits the pages hold.</param>
/// <param name="TotalCountIsExact">
/// False when the words match more documents than a search ranks (the newest <see cref="DocumentsOptions.SearchRankedMatches"/>
/// by content and as many by name): TotalCount is then a lower bound, and more words or a filter narrow the search.
/// </param>
public sealed record SearchResultsDto(IReadOnlyList<SearchHitDto> Items, int Page, int PageSize, long TotalCount, bool TotalCountIsExact);

/// <summary>
/// Runs a search. The matching entries are joined with the documents the caller may read (readable live folders from
/// <see cref="DocumentAccess"/>, narrowed to a folder and those below it) and the filters on the documents' live rows,
/// and walked newest entry first, up to <see cref="DocumentsOptions.SearchRankedMatches"/> documents, once for every
/// match and once for the matches by name; only those are ranked (name hits first, then the engine's rank, then the
/// newest) and paged; snippets for the page only. Filters and access come from the rows, not the index, so a hit is never one the caller may not open even
/// while an event is still on its way to the indexer.
/// </summary>
/// <remarks>
/// Why a window: ranking costs work for every match, and a word found in most documents would make every search for it
/// rank the whole company (seconds at 100,000 documents). Such a word also ranks poorly (bm25 and ts_rank weigh a word
/// by its rarity, and one in most documents weighs nearly nothing), so past the window the newest documents are the
/// better guess; names are windowed apart, so a document named after the words still comes first. The count is exact
/// below the window and a lower bound past it, as large search engines report "more than" past their tracking limit.
/// A full content window is not ranked at all (newest first after the name hits): on SQLite bm25 first counts every
/// document holding each searched term or phrase in the whole index, which for a phrase of two common words took 20 ms
/// whatever the window, and on PostgreSQL ts_rank_cd over a window of 500 took 4 to 8 ms. A window that holds every match
/// is ranked apart (on SQLite over its rowid range), since its terms are then selective and that count cheap.
/// </remarks>
internal sealed class DocumentSearch(DocumentsDbContext db, DocumentAccess access, DocumentsOptions options)
{
    // The index is narrowed to at most this many parts of the tree: each is one more word list FTS5 walks beside the words.
    private const int MaxScopeFolders = 64;

    // The name window is this share of the content window: the first pages' worth of name hits (100 by default), since
    // past them the content rank (name weighted 100 to 1) still puts a name hit high.
    private const int NameWindowShare = 5;

    /// <summary>The page of hits, or null when <see cref="SearchFilters.FolderId"/> names no folder the caller may read.</summary>
    public async Task<SearchResultsDto?> RunAsync(SearchQuery query, SearchFilters filters, PageRequest paging, CancellationToken cancellationToken)
    {
        await using var snapshot = await PostgresSnapshotAsync(cancellationToken);
        var tree = await access.TreeAsync(cancellationToken);
        IEnumerable<Guid> readable = tree.ReadableFolderIds();
        if (filters.FolderId is { } within)
        {
            if (tree.LevelOn(within) < AccessLevel.Read)
            {
                return null;
            }

            readable = readable.Where(tree.SubtreeOf(within).Contains);
        }

        // SQLite takes them as one JSON array parameter whatever their number (thousands would exceed parameter limits);
        // PostgreSQL checks them in memory (see PostgresNewestMatches).
        var folderIds = readable.ToList();
        if (folderIds.Count == 0)
        {
            return new SearchResultsDto([], paging.EffectivePage, paging.EffectivePageSize, 0, TotalCountIsExact: true);
        }

        query = await SearchWords.ExpandAsync(db, query, cancellationToken);
        var live = Filter(db.Documents.AsNoTracking().Where(d => d.DeletedAt == null), filters);
        var narrowTo = NarrowTo(tree, filters.FolderId, folderIds.Count);
        var window = Math.Max(1, options.SearchRankedMatches);
        var nameWindow = Math.Max(1, window / NameWindowShare);
        var readableSet = folderIds.ToHashSet();
        var byContent = await NewestAsync(query, narrowTo, nameOnly: false, live, folderIds, readableSet, window, cancellationToken);
        var byName = await NewestAsync(query, narrowTo, nameOnly: true, live, folderIds, readableSet, nameWindow, cancellationToken);

        // A name hit is a content hit too: it is shown once, among the name hits.
        var names = byName.Take(nameWindow).ToList();
        var nameHits = names.Select(c => c.EntryId).ToHashSet();
        var others = byContent.Take(window).Where(c => !nameHits.Contains(c.EntryId)).ToList();
        var ranks = await RankAsync(query, names, others, contentWindowFull: byContent.Count > window, cancellationToken);

        // Name hits first, then the rest, each by rank then the newest. An entry the rank query no longer finds was
        // re-indexed in between and is left out, like any later change.
        var ordered = Ranked(names, ranks).Select(h => (h.Candidate, NameHit: true))
            .Concat(Ranked(others, ranks).Select(h => (h.Candidate, NameHit: false)))
            .ToList();
        var pageHits = ordered.Skip((paging.EffectivePage - 1) * paging.EffectivePageSize).Take(paging.EffectivePageSize).ToList();
        var pageIds = pageHits.Select(h => h.Candidate.DocumentId).ToList();
        var details = await db.Documents.AsNoTracking().Where(d => pageIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Name, d.FolderId, d.ContentType, d.Length, d.CurrentVersionNumber, d.UpdatedAt, d.CreatedBy })
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var snippets = await FullTextMatches.SnippetsAsync(db, query, [.. pageHits.Select(h => h.Candidate.EntryId)], cancellationToken);
        var items = pageHits.Where(h => details.ContainsKey(h.Candidate.DocumentId)).Select(h =>
        {
            var d = details[h.Candidate.DocumentId];
            return new SearchHitDto(d.Id, d.Name, d.FolderId, PathOf(tree, d.FolderId), d.ContentType, d.Length, d.CurrentVersionNumber,
                d.UpdatedAt, d.CreatedBy, h.NameHit, snippets.GetValueOrDefault(h.Candidate.EntryId));
        }).ToList();
        // Name hits are content hits: a content window that holds every match holds every name hit, and counts them once.
        var exact = byContent.Count <= window;
        return new SearchResultsDto(items, paging.EffectivePage, paging.EffectivePageSize, ordered.Count, exact);
    }

    /// <summary>
    /// The folders to narrow the index to (see <see cref="SearchScope"/>): the folder searched in, or the tops of the
    /// parts of the tree the caller reads when those are few and hold at most half of the folders. Narrowing costs a walk
    /// of one more word list per folder, while the join with the readable documents rejects few matches of a caller who
    /// reads most of the tree, so such a caller is not narrowed (measured: a rare word took 12 ms narrowed to 32
    /// departments against 2 ms not narrowed).
    /// </summary>
    private IReadOnlyCollection<Guid> NarrowTo(FolderTree tree, Guid? within, int readableFolders)
    {
        if (within is { } folder)
        {
            return [folder];
        }

        if (access.ManagesAll || readableFolders * 2 > tree.Folders.Count(f => tree.IsLive(f.Id)))
        {
            return [];
        }

        var roots = tree.ReadableRoots();
        return roots.Count <= MaxScopeFolders ? roots : [];
    }

    /// <summary>
    /// On PostgreSQL the search's statements share one snapshot (a repeatable-read transaction, so the count, the page and
    /// its details agree) and run with plans fit for them: without parallel workers (each statement is a few
    /// milliseconds of work, and starting workers cost 15 to 40 ms before the first row, measured on two cores), and with
    /// batches of matches joined to documents one lookup each (every join here is of a batch of at most a few thousand
    /// ids to primary keys; the planner hashed the whole documents table for a batch of 1,000, 33 ms at 100,000
    /// documents), and without JIT compilation: a walk of thousands of entries is costed above the server's jit_above_cost,
    /// and compiling its expressions took longer than running them (at 100,000 documents the phrase search went from
    /// p50 56 to 37 ms without it). Null elsewhere.
    /// </summary>
    private async Task<IAsyncDisposable?> PostgresSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL jit = off",
            cancellationToken);
        return transaction;
    }

    // The newest matching entries of readable documents that pass the filters, one more than the window (to tell a full
    // window). PostgreSQL finds them its own way (see PostgresNewestMatches) and checks the folders here, from the tree.
    private Task<List<SearchCandidate>> NewestAsync(SearchQuery query, IReadOnlyCollection<Guid> narrowTo, bool nameOnly,
        IQueryable<Document> live, List<Guid> readableFolders, IReadOnlySet<Guid> readableSet, int window, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? PostgresNewestMatches.FindAsync(db, query, narrowTo, nameOnly, live, readableSet, window, cancellationToken)
            : (from match in FullTextMatches.For(db, query, narrowTo, nameOnly)
               join document in live.Where(d => EF.Parameter(readableFolders).Contains(d.FolderId)) on match.DocumentId equals document.Id
               orderby match.EntryId descending
               select new SearchCandidate(match.EntryId, document.Id, document.UpdatedAt, match.Rank))
              .Take(window + 1)
              .ToListAsync(cancellationToken);

    // A full content window is shown newest first (see the remarks); SQLite ranks name hits as it finds them (by the name
    // alone), PostgreSQL ranks them here.
    private async Task<Dictionary<long, double>> RankAsync(
        SearchQuery query, List<SearchCandidate> names, List<SearchCandidate> others, bool contentWindowFull, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var ranked = (sqlite ? [] : names).Concat(contentWindowFull ? [] : others).Select(c => c.EntryId).ToList();
        var ranks = await FullTextMatches.RankAsync(db, query, ranked, cancellationToken);
        foreach (var candidate in contentWindowFull ? others : [])
        {
            ranks[candidate.EntryId] = 0.0;
        }

        foreach (var name in sqlite ? names : [])
        {
            ranks[name.EntryId] = name.Rank;
        }

        return ranks;
    }

    private static IEnumerable<(SearchCandidate Candidate, double Rank)> Ranked(List<SearchCandidate> candidates, Dictionary<long, double> ranks) =>
        candidates.Where(c => ranks.ContainsKey(c.EntryId)).Select(c => (Candidate: c, Rank: ranks[c.EntryId]))
            .OrderBy(h => h.Rank).ThenByDescending(h => h.Candidate.UpdatedAt).ThenBy(h => h.Candidate.DocumentId);

    private IQueryable<Document> Filter(IQueryable<Document> documents, SearchFilters filters)
    {
        if (filters.Type is { } type)
        {
            var mediaTypes = type.MediaTypes.ToList();
            documents = type.MediaTypePrefix is { } prefix
                ? documents.Where(d => d.ContentType.StartsWith(prefix))
                : documents.Where(d => mediaTypes.Contains(d.ContentType));
        }

        if (filters.AuthorId is { } author)
        {
            documents = documents.Where(d => d.CreatedBy == author);
        }

        if (filters.ModifiedFrom is { } from)
        {
            documents = documents.Where(d => d.UpdatedAt >= from);
        }

        if (filters.ModifiedTo is { } to)
        {
            documents = documents.Where(d => d.UpdatedAt <= to);
        }

        if (filters.Tag is { } tag)
        {
            // Tags are compared without regard to case; the live tag rows decide, so a tag edit counts at once.
            var key = tag.ToUpperInvariant();
            documents = documents.Where(d => db.Tags.Any(t => t.DocumentId == d.Id && t.Value.ToUpper() == key));
        }

        return documents;
    }

    private static string PathOf(FolderTree tree, Guid folderId) =>
        string.Join(" / ", tree.AncestorsOf(folderId).Select(f => f.Name).Append(tree.Find(folderId)?.Name ?? ""));
}
