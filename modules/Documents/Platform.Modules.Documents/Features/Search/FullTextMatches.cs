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

/// <summary>
/// The full-text part of a search in each database's own dialect. <see cref="For"/> is a composable query of the
/// matching entries that the caller joins with the documents the user may read (so access is filtered inside the same
/// statement) and walks newest entry first; <see cref="RankAsync"/> ranks those kept. SQLite: FTS5 MATCH over
/// <c>search_fts</c> (name hits over <c>search_names_fts</c>), ranked with bm25 (name weighted far above tags and
/// metadata, path, content); PostgreSQL: the GIN-indexed tsvector, ranked with ts_rank_cd; SQL Server: LIKE over the
/// entries (no ranking).
/// </summary>
internal static class FullTextMatches
{
    /// <summary>
    /// The entries that match (<paramref name="nameOnly"/>: and whose name holds every included term), for the caller to
    /// join with the documents the user may read and walk newest first (PostgreSQL: see <see cref="PostgresNewestMatches"/>).
    /// On SQLite the match is narrowed inside the index to <paramref name="within"/> and the folders below them (none:
    /// everywhere), and name hits carry the name's bm25 rank; every other rank is 0 here and comes from
    /// <see cref="RankAsync"/>. The caller's join stays the rule.
    /// </summary>
    public static IQueryable<FullTextMatch> For(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<Guid> within, bool nameOnly)
    {
        if (db.Database.IsSqlite())
        {
            // rowid, not e.Id, so that ORDER BY EntryId DESC is the FTS5 table's own order and stops after the LIMIT.
            return nameOnly ? SqliteNameMatches(db, query, within) : db.Database.SqlQuery<FullTextMatch>($"""
                SELECT search_fts.rowid AS "EntryId", e."DocumentId" AS "DocumentId", 0.0 AS "Rank"
                FROM search_fts JOIN search_entries AS e ON e."Id" = search_fts.rowid
                WHERE search_fts MATCH {FullTextSyntax.Fts5Within(query, within, nameOnly: false)}
                """);
        }

        return LikeMatches(db, query, nameOnly);
    }

    /// <summary>
    /// The rank of each of the given matching entries (lower is better); an entry missing was re-indexed meanwhile.
    /// SQLite: bm25 over the entries' rowid range (FTS5 seeks the range; "+rowid IN" is left to SQLite, since an IN that
    /// FTS5 sees evaluates the query once per id); PostgreSQL: ts_rank_cd by id; SQL Server: 0.
    /// </summary>
    public static async Task<Dictionary<long, double>> RankAsync(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<long> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0 || !(db.Database.IsNpgsql() || db.Database.IsSqlite()))
        {
            return entryIds.ToDictionary(id => id, _ => 0.0);
        }

        if (db.Database.IsSqlite())
        {
            var (first, last, json) = (entryIds.Min(), entryIds.Max(), "[" + string.Join(',', entryIds) + "]");
            var ranked = await db.Database.SqlQuery<FullTextRank>($"""
                SELECT search_fts.rowid AS "EntryId", bm25(search_fts, 100.0, 20.0, 20.0, 5.0, 1.0, 0.0) AS "Rank"
                FROM search_fts
                WHERE search_fts MATCH {FullTextSyntax.Fts5(query)} AND search_fts.rowid BETWEEN {first} AND {last}
                  AND +search_fts.rowid IN (SELECT value FROM json_each({json}))
                """).ToListAsync(cancellationToken);
            return ranked.ToDictionary(r => r.EntryId, r => r.Rank);
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

    /// <summary>
    /// The best passages of the given entries' content for the query, with the matched words marked (see
    /// <see cref="TextSnippet"/>, over the start of the text): built in the module for every database, the same passage
    /// wherever the data lives (PostgreSQL's ts_headline took 4 to 7 ms a page, parsing each text again).
    /// </summary>
    public static async Task<Dictionary<long, string?>> SnippetsAsync(DocumentsDbContext db, SearchQuery query, long[] entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Length == 0)
        {
            return [];
        }

        var texts = await db.SearchEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Select(e => new { e.Id, Text = e.Body.Substring(0, TextSnippet.MaxSourceLength) })
            .ToListAsync(cancellationToken);
        return texts.ToDictionary(t => t.Id, t => TextSnippet.Build(t.Text, query));
    }

    // Name hits from the table of names (short word lists), ranked by the name alone; an excluded term anywhere rules one out.
    // rowid, not e.Id, so that ORDER BY EntryId DESC is the FTS5 table's own order and stops after the LIMIT.
    private static IQueryable<FullTextMatch> SqliteNameMatches(DocumentsDbContext db, SearchQuery query, IReadOnlyCollection<Guid> within)
    {
        var names = FullTextSyntax.Fts5Within(query, within, nameOnly: true);
        return FullTextSyntax.Fts5Excluded(query) is { } excluded
            ? db.Database.SqlQuery<FullTextMatch>($"""
                SELECT search_names_fts.rowid AS "EntryId", e."DocumentId" AS "DocumentId", bm25(search_names_fts, 1.0, 0.0) AS "Rank"
                FROM search_names_fts JOIN search_entries AS e ON e."Id" = search_names_fts.rowid
                WHERE search_names_fts MATCH {names}
                  AND search_names_fts.rowid NOT IN (SELECT search_fts.rowid FROM search_fts WHERE search_fts MATCH {excluded})
                """)
            : db.Database.SqlQuery<FullTextMatch>($"""
                SELECT search_names_fts.rowid AS "EntryId", e."DocumentId" AS "DocumentId", bm25(search_names_fts, 1.0, 0.0) AS "Rank"
                FROM search_names_fts JOIN search_entries AS e ON e."Id" = search_names_fts.rowid
                WHERE search_names_fts MATCH {names}
                """);
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

        foreach (var word in nameOnly ? query.Included.SelectMany(t => t.Words) : [])
        {
            entries = entries.Where(e => e.Name.Contains(word));
        }

        return entries.Select(e => new FullTextMatch { EntryId = e.Id, DocumentId = e.DocumentId, Rank = 0 });
    }
}
