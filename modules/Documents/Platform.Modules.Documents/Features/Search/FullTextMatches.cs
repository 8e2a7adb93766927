using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>A search entry that matches a query.</summary>
internal sealed class FullTextMatch
{
    public long EntryId { get; init; }

    public Guid DocumentId { get; init; }
}

/// <summary>How well an entry matches: its rank (lower is better) and whether its name holds a searched word.</summary>
internal sealed class FullTextRank
{
    public long EntryId { get; init; }

    public double Rank { get; init; }

    public bool NameHit { get; init; }
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
/// statement) and walks newest entry first; <see cref="RankAsync"/> then ranks the few it kept. SQLite: FTS5 MATCH, with
/// bm25 (name weighted far above tags and metadata, path, content); PostgreSQL: the GIN-indexed tsvector, with
/// ts_rank_cd; SQL Server: LIKE over the entries (no ranking).
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
                SELECT search_fts.rowid AS "EntryId", e."DocumentId" AS "DocumentId"
                FROM search_fts JOIN search_entries AS e ON e."Id" = search_fts.rowid
                WHERE search_fts MATCH {FullTextSyntax.Fts5Within(query, within, nameOnly)}
                """);
        }

        if (db.Database.IsNpgsql())
        {
            var match = FullTextSyntax.TsQuery(query);
            return nameOnly
                ? db.Database.SqlQuery<FullTextMatch>($"""
                    SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId"
                    FROM documents.search_entries AS e
                    WHERE e."SearchVector" @@ to_tsquery('simple'::regconfig, {match})
                      AND e."NameVector" @@ to_tsquery('simple'::regconfig, {FullTextSyntax.TsQueryAny(query)})
                    """)
                : db.Database.SqlQuery<FullTextMatch>($"""
                    SELECT e."Id" AS "EntryId", e."DocumentId" AS "DocumentId"
                    FROM documents.search_entries AS e
                    WHERE e."SearchVector" @@ to_tsquery('simple'::regconfig, {match})
                    """);
        }

        return LikeMatches(db, query, nameOnly);
    }

    /// <summary>The rank of each of the given matching entries, and whether its name holds a searched word.</summary>
    public static async Task<Dictionary<long, FullTextRank>> RankAsync(DocumentsDbContext db, SearchQuery query, long[] entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Length == 0)
        {
            return [];
        }

        List<FullTextRank> ranks;
        if (db.Database.IsSqlite())
        {
            // FTS5 answers "rowid IN (…)" one rowid at a time (a seek in each word's list), so only these entries are scored.
            var ids = "[" + string.Join(',', entryIds) + "]";
            ranks = await db.Database.SqlQuery<FullTextRank>($"""
                SELECT search_fts.rowid AS "EntryId", bm25(search_fts, 100.0, 20.0, 20.0, 5.0, 1.0, 0.0) AS "Rank",
                       search_fts.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {FullTextSyntax.Fts5NameAny(query)}
                                            AND rowid IN (SELECT value FROM json_each({ids}))) AS "NameHit"
                FROM search_fts
                WHERE search_fts MATCH {FullTextSyntax.Fts5(query)} AND search_fts.rowid IN (SELECT value FROM json_each({ids}))
                """).ToListAsync(cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            var match = FullTextSyntax.TsQuery(query);
            ranks = await db.Database.SqlQuery<FullTextRank>($"""
                SELECT e."Id" AS "EntryId",
                       -ts_rank_cd(ARRAY[0.02, 0.1, 0.4, 1.0]::float4[], e."SearchVector", to_tsquery('simple'::regconfig, {match}), 1)::float8 AS "Rank",
                       e."NameVector" @@ to_tsquery('simple'::regconfig, {FullTextSyntax.TsQueryAny(query)}) AS "NameHit"
                FROM documents.search_entries AS e
                WHERE e."Id" = ANY({entryIds})
                """).ToListAsync(cancellationToken);
        }
        else
        {
            var first = query.Included.First().Words[0];
            ranks = await db.SearchEntries.AsNoTracking().Where(e => entryIds.Contains(e.Id))
                .Select(e => new FullTextRank { EntryId = e.Id, Rank = 0, NameHit = e.Name.Contains(first) })
                .ToListAsync(cancellationToken);
        }

        return ranks.ToDictionary(r => r.EntryId);
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
            var match = FullTextSyntax.Fts5(query);
            var ids = "[" + string.Join(',', entryIds) + "]";
            snippets = await db.Database.SqlQuery<FullTextSnippet>($"""
                SELECT search_fts.rowid AS "EntryId", snippet(search_fts, 4, char(57344), char(57345), '…', {SnippetTokens}) AS "Text"
                FROM search_fts
                WHERE search_fts MATCH {match} AND search_fts.rowid IN (SELECT value FROM json_each({ids}))
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

    // SQL Server keeps no full-text structure (see SearchIndexSchema): every word must appear somewhere, unranked.
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

        return entries.Select(e => new FullTextMatch { EntryId = e.Id, DocumentId = e.DocumentId });
    }
}
