using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// PostgreSQL: the newest entries that match a query, of live documents that pass the filters and lie in folders the
/// caller reads, up to a window. SQLite's FTS5 walks its matches newest first from the index itself; a GIN index only
/// yields the set of matches, so there are two ways, and which one is cheap depends on how common the match is:
/// <list type="bullet">
/// <item><b>Walk</b>: the newest entries one by one, each tested against the query, until the window is full. It costs
/// an entry for every match at the match's share, e.g. 14,000 entries (30 ms) for a 3.5 % match, but stops early for a
/// common word.</item>
/// <item><b>Index</b>: the GIN index's matches, all of them, sorted. It costs every match, e.g. 3,600 (10 ms) for the same
/// 3.5 % match, but 100,000 for a word in every document.</item>
/// </list>
/// The planner costs both but misjudges them (it takes the walk for nearly sequential reads and does not count testing an
/// entry), so the search measures instead: it walks the newest <see cref="ProbeEntries"/> entries first, and when the
/// share of those that match is under <see cref="IndexedShare"/> the rest comes from the index. Phrases always walk: the
/// index only knows that an entry holds the words, so it would test every entry holding them all. The conditions are
/// written into the statement rather than switched by parameters, so that every plan can use the GIN indexes (words,
/// names, folder words).
/// </summary>
internal static class PostgresNewestMatches
{
    // Newest entries tested first to learn how common the match is: 2 ms of a walk.
    private const int ProbeEntries = 1_000;

    // Under this share of matching entries the index costs less than the walk (both cost about the same per entry; at
    // 100,000 entries a walk for 500 matches and the index's matches are equal near 6 %).
    private const double IndexedShare = 1.0 / 16;

    // The largest batch of matches a statement returns.
    private const int MaxBatch = 20_000;

    private enum Walk
    {
        // The newest ProbeEntries entries, those that match.
        Probe,

        // Matches below the cursor, newest first, in whatever way the planner picks.
        Newest,

        // Matches below the cursor from the GIN index, sorted (ordering by an expression keeps the planner off the walk).
        Indexed,
    }

    /// <summary>
    /// The newest matching entries of readable documents that pass the filters (see <see cref="FullTextMatches.For"/> for
    /// <paramref name="within"/> and <paramref name="nameOnly"/>), one more than the window to tell a full window.
    /// </summary>
    public static async Task<List<SearchCandidate>> FindAsync(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<Guid> within,
        bool nameOnly, IQueryable<Document> live, IReadOnlySet<Guid> readableFolders, int window, CancellationToken cancellationToken)
    {
        var conditions = Conditions(query, within, nameOnly);
        var found = new List<SearchCandidate>();
        var (walk, cursor, matched) = (Walk.Newest, long.MaxValue, 0);
        if (!nameOnly)
        {
            // Name hits are few and come from the names' own index; content is probed first.
            var probe = await BatchAsync(db, conditions, Walk.Probe, cursor, ProbeEntries, live, cancellationToken);
            Keep(found, probe, readableFolders);
            if (found.Count > window)
            {
                return found[..(window + 1)];
            }

            matched = probe.Count;
            cursor = probe.Count > 0 ? probe.Min(m => m.EntryId) : long.MaxValue;
            var phrase = query.Included.Any(t => t.Words.Count > 1);
            walk = !phrase && (double)matched / ProbeEntries < IndexedShare ? Walk.Indexed : Walk.Newest;
        }

        // Each batch holds what is still missing at the share of matches kept so far (the caller's folders, the filters),
        // with a margin, so that one batch mostly suffices: a walk past the window costs less than another statement.
        int BatchSize() => (int)Math.Min(MaxBatch, Math.Ceiling((window + 1 - found.Count)
            / Math.Max(matched == 0 ? 1 : (double)found.Count / matched, (double)(window + 1) / MaxBatch) * 1.1) + 16);

        for (var batchSize = BatchSize(); found.Count <= window; batchSize = BatchSize())
        {
            var batch = await BatchAsync(db, conditions, walk, cursor, batchSize, live, cancellationToken);
            Keep(found, batch, readableFolders);
            if (batch.Count < batchSize)
            {
                break;
            }

            matched += batch.Count;
            cursor = batch.Min(m => m.EntryId);
        }

        return found.Count > window + 1 ? found[..(window + 1)] : found;
    }

    private static void Keep(List<SearchCandidate> found, List<BatchRow> batch, IReadOnlySet<Guid> readableFolders) =>
        found.AddRange(batch.Where(m => m.FolderId is { } folder && readableFolders.Contains(folder)).OrderByDescending(m => m.EntryId)
            .Select(m => new SearchCandidate(m.EntryId, m.DocumentId, m.UpdatedAt!.Value, 0)));

    // Every match of the batch, with its document's folder when the document is live and passes the filters.
    private static Task<List<BatchRow>> BatchAsync(DocumentsDbContext db, List<(string Sql, string TsQuery)> conditions, Walk walk,
        long cursor, int size, IQueryable<Document> live, CancellationToken cancellationToken)
    {
        var where = string.Join(" AND ", conditions.Select((c, i) => $"{c.Sql} to_tsquery('simple'::regconfig, {{{i}}})"));
        var (sizeAt, cursorAt) = (conditions.Count, conditions.Count + 1);
        var order = walk == Walk.Indexed ? "e.\"Id\" + 0" : "e.\"Id\"";
        var sql = walk == Walk.Probe
            ? $$"""
                SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId", 0.0::float8 AS "Rank"
                FROM (SELECT "Id", "DocumentId", "SearchVector", "ScopeVector" FROM documents.search_entries
                      ORDER BY "Id" DESC LIMIT {{{sizeAt}}}) AS e
                WHERE {{where}}
                """
            : $$"""
                SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId", 0.0::float8 AS "Rank"
                FROM documents.search_entries AS e
                WHERE {{where}} AND e."Id" < {{{cursorAt}}}
                ORDER BY {{order}} DESC LIMIT {{{sizeAt}}}
                """;
        var values = conditions.Select(c => (object)c.TsQuery).Append(size);
        object[] parameters = walk == Walk.Probe ? [.. values] : [.. values.Append(cursor)];
        var matches = db.Database.SqlQueryRaw<FullTextMatch>(sql, parameters);
        return (from match in matches
                join document in live on match.DocumentId equals document.Id into kept
                from document in kept.DefaultIfEmpty()
                select new BatchRow(match.EntryId, match.DocumentId, (Guid?)document.FolderId, (DateTimeOffset?)document.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    // A name's words are in the entry's vector too, so a name hit needs the entry's vector only for excluded terms.
    private static List<(string Sql, string TsQuery)> Conditions(SearchQuery query, IReadOnlyCollection<Guid> within, bool nameOnly)
    {
        List<(string Sql, string TsQuery)> conditions = nameOnly
            ? [("""e."NameVector" @@""", FullTextSyntax.TsQueryIncluded(query))]
            : [("""e."SearchVector" @@""", FullTextSyntax.TsQuery(query))];
        if (nameOnly && FullTextSyntax.TsQueryExcluded(query) is { } excluded)
        {
            conditions.Add(("""NOT e."SearchVector" @@""", excluded));
        }

        if (within.Count > 0)
        {
            conditions.Add(("""e."ScopeVector" @@""", FullTextSyntax.TsQueryScope(within)));
        }

        return conditions;
    }

    private sealed record BatchRow(long EntryId, Guid DocumentId, Guid? FolderId, DateTimeOffset? UpdatedAt);
}
