using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>A search entry that matches a query, with its rank where the engine ranks as it matches (lower is better).</summary>
internal sealed class FullTextMatch
{
    public long EntryId { get; init; }

    public Guid DocumentId { get; init; }

    public double Rank { get; init; }
}

/// <summary>How well an entry matches: its rank (lower is better).</summary>
internal sealed class FullTextRank
{
    public long EntryId { get; init; }

    public double Rank { get; init; }
}

/// <summary>A highlighted passage of an entry's text, with the matched words between <see cref="SnippetMarkup"/>'s markers.</summary>
internal sealed class FullTextSnippet
{
    public long EntryId { get; init; }

    public string? Text { get; init; }
}

/// <summary>
/// The full-text part of a search in each database's own dialect. <see cref="For"/> is a composable query of the
/// matching entries that the caller joins with the documents the user may read (so access is filtered inside the same
/// statement) and walks newest entry first. SQLite: FTS5 MATCH, ranked in the same walk with bm25 (name weighted far
/// above tags and metadata, path, content: a prefix of a common word costs FTS5 a merge of word lists each time the
/// expression is evaluated, so it is evaluated once); PostgreSQL: the GIN-indexed tsvector, the kept matches ranked
/// after with ts_rank_cd (<see cref="RankAsync"/>); SQL Server: LIKE over the entries (no ranking).
/// </summary>
internal static class FullTextMatches
{
    private const int SnippetTokens = 24;

    private static readonly string HeadlineOptions =
        $"StartSel={SnippetMarkup.Start}, StopSel={SnippetMarkup.Stop}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <summary>
    /// The entries that match (<paramref name="nameOnly"/>: and whose name holds an included term). On SQLite the match
    /// is narrowed inside the index to <paramref name="within"/> and the folders below them (none: everywhere); other
    /// databases plan the join with the readable documents themselves. The caller's join stays the rule either way.
    /// </summary>
    public static IQueryable<FullTextMatch> For(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<Guid> within, bool nameOnly)
    {
        if (db.Database.IsSqlite())
        {
            // rowid, not e.Id, so that ORDER BY EntryId DESC is the FTS5 table's own order and stops after the LIMIT.
            return db.Database.SqlQuery<FullTextMatch>($"""
                SELECT search_fts.rowid AS "EntryId", e."DocumentId" AS "DocumentId", bm25(search_fts, 100.0, 20.0, 20.0, 5.0, 1.0, 0.0) AS "Rank"
                FROM search_fts JOIN search_entries AS e ON e."Id" = search_fts.rowid
                WHERE search_fts MATCH {FullTextSyntax.Fts5Within(query, within, nameOnly)}
                """);
        }

        if (db.Database.IsNpgsql())
        {
            var match = FullTextSyntax.TsQuery(query);
            return nameOnly
                ? db.Database.SqlQuery<FullTextMatch>($"""
                    SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId", 0.0::float8 AS "Rank"
                    FROM documents.search_entries AS e
                    WHERE e."SearchVector" @@ to_tsquery('simple'::regconfig, {match})
                      AND e."NameVector" @@ to_tsquery('simple'::regconfig, {FullTextSyntax.TsQueryAny(query)})
                    """)
                : db.Database.SqlQuery<FullTextMatch>($"""
                    SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId", 0.0::float8 AS "Rank"
                    FROM documents.search_entries AS e
                    WHERE e."SearchVector" @@ to_tsquery('simple'::regconfig, {match})
                    """);
        }

        return LikeMatches(db, query, nameOnly);
    }

    /// <summary>Whether <see cref="For"/> ranks the matches itself (SQLite); otherwise <see cref="RankAsync"/> ranks those kept.</summary>
    public static bool RanksWhileMatching(DocumentsDbContext db) => db.Database.IsSqlite();

    /// <summary>The rank of each of the given matching entries (lower is better), where <see cref="For"/> does not rank.</summary>
    public static async Task<Dictionary<long, double>> RankAsync(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<long> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0 || !db.Database.IsNpgsql())
        {
            return entryIds.ToDictionary(id => id, _ => 0.0);
        }

        var ids = entryIds.ToArray();
        var ranks = await db.Database.SqlQuery<FullTextRank>($"""
            SELECT e."Id" AS "EntryId",
                   -ts_rank_cd(ARRAY[0.02, 0.1, 0.4, 1.0]::float4[], e."SearchVector", to_tsquery('simple'::regconfig, {FullTextSyntax.TsQuery(query)}), 1)::float8 AS "Rank"
            FROM documents.search_entries AS e
            WHERE e."Id" = ANY({ids})
            """).ToListAsync(cancellationToken);
        return ranks.ToDictionary(r => r.EntryId, r => r.Rank);
    }

    /// <summary>The best passages of the given entries' content for the query, with the matched words marked.</summary>
    public static async Task<Dictionary<long, string?>> SnippetsAsync(DocumentsDbContext db, SearchQuery query, long[] entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Length == 0)
        {
            return [];
        }

        List<FullTextSnippet> snippets;
        if (db.Database.IsSqlite())
        {
            // The rowid range is FTS5's to seek; "+rowid IN" is left to SQLite (a plain IN would make FTS5 evaluate the
            // expression once per id, which for a prefix of a common word means a merge of word lists each time).
            var match = FullTextSyntax.Fts5(query);
            var ids = "[" + string.Join(',', entryIds) + "]";
            var (first, last) = (entryIds.Min(), entryIds.Max());
            snippets = await db.Database.SqlQuery<FullTextSnippet>($"""
                SELECT search_fts.rowid AS "EntryId", snippet(search_fts, 4, char(57344), char(57345), '…', {SnippetTokens}) AS "Text"
                FROM search_fts
                WHERE search_fts MATCH {match} AND search_fts.rowid BETWEEN {first} AND {last}
                  AND +search_fts.rowid IN (SELECT value FROM json_each({ids}))
                """).ToListAsync(cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            // Headlines re-parse the text; the first 100,000 characters hold the passage for almost every hit.
            var match = FullTextSyntax.TsQuery(query);
            snippets = await db.Database.SqlQuery<FullTextSnippet>($"""
                SELECT e."Id" AS "EntryId",
                       ts_headline('simple'::regconfig, left(e."Body", 100000), to_tsquery('simple'::regconfig, {match}),
                                   {HeadlineOptions}) AS "Text"
                FROM documents.search_entries AS e
                WHERE e."Id" = ANY({entryIds})
                """).ToListAsync(cancellationToken);
        }
        else
        {
            snippets = await db.SearchEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
                .Select(e => new FullTextSnippet { EntryId = e.Id, Text = e.Body.Substring(0, 200) })
                .ToListAsync(cancellationToken);
        }

        return snippets.ToDictionary(s => s.EntryId, s => SnippetMarkup.ToHtml(s.Text));
    }

    // SQL Server keeps no full-text structure (its catalogs cannot be made in a migration): every word must appear somewhere, unranked.
    private static IQueryable<FullTextMatch> LikeMatches(DocumentsDbContext db, SearchQuery query, bool nameOnly)
    {
        var entries = db.SearchEntries.AsNoTracking();
        foreach (var word in query.Included.SelectMany(t => t.Words))
        {
            entries = entries.Where(e => e.Name.Contains(word) || e.Tags.Contains(word) || e.Metadata.Contains(word) || e.Path.Contains(word) || e.Body.Contains(word));
        }

        foreach (var word in query.Excluded.SelectMany(t => t.Words))
        {
            entries = entries.Where(e => !(e.Name.Contains(word) || e.Tags.Contains(word) || e.Metadata.Contains(word) || e.Path.Contains(word) || e.Body.Contains(word)));
        }

        if (nameOnly)
        {
            var first = query.Included.First().Words[0];
            entries = entries.Where(e => e.Name.Contains(first));
        }

        return entries.Select(e => new FullTextMatch { EntryId = e.Id, DocumentId = e.DocumentId, Rank = 0 });
    }
}
