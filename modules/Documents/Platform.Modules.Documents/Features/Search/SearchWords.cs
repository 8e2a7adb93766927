using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// The words of SQLite's full-text index in a table of their own (<c>search_words</c>), so that the last word typed is
/// searched as the whole words it begins. Why: FTS5 answers a prefix longer than its prefix indexes (2 and 3 letters)
/// by merging the lists of every word it begins into one, in full, each time the query is evaluated (about 9 ms for a
/// word found in most of 100,000 documents, however few hits are wanted), while whole words are walked lazily, newest
/// first, only as far as the window. The table is a superset of the index's words: words are added just before the
/// entries holding them are saved and never removed; a word no entry holds any more matches nothing.
/// </summary>
internal static class SearchWords
{
    /// <summary>A prefix that begins more whole words than this is searched as a prefix (a merge, but a correct one).</summary>
    public const int MaxCompletions = 50;

    // FTS5 keeps prefix indexes for 2 and 3 letters (the table's prefix option): such prefixes are read, not merged.
    private const int LongestIndexedPrefix = 3;

    // {0}: the words as a JSON array.
    private const string InsertWords = """INSERT OR IGNORE INTO search_words ("Word") SELECT value FROM json_each({0})""";

    /// <summary>
    /// Adds the words of the search entries added or changed in <paramref name="db"/> (SQLite only), before they are
    /// saved: in the caller's transaction when there is one, otherwise just before it.
    /// </summary>
    public static async Task RecordAsync(DocumentsDbContext db, CancellationToken cancellationToken)
    {
        if (ChangedWords(db) is { } words)
        {
            await db.Database.ExecuteSqlRawAsync(InsertWords, [words], cancellationToken);
        }
    }

    /// <inheritdoc cref="RecordAsync"/>
    public static void Record(DocumentsDbContext db)
    {
        if (ChangedWords(db) is { } words)
        {
            db.Database.ExecuteSqlRaw(InsertWords, words);
        }
    }

    /// <summary>The distinct words of an entry's searchable texts, as the index's tokenizer splits them.</summary>
    public static IEnumerable<string> Of(params string[] texts) => texts.SelectMany(SearchQuery.WordsOf).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The query with each prefix longer than the prefix indexes given the whole words it begins (at most
    /// <see cref="MaxCompletions"/>; more, or none known, and the prefix stays as typed). SQLite only; other engines
    /// get the query unchanged.
    /// </summary>
    public static async Task<SearchQuery> ExpandAsync(DocumentsDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite() || !MergesPrefix(query))
        {
            return query;
        }

        var terms = new List<SearchTerm>(query.Terms.Count);
        foreach (var term in query.Terms)
        {
            var prefix = term.Words[^1];
            if (!MergesPrefix(term))
            {
                terms.Add(term);
                continue;
            }

            // Every word that begins with the prefix sorts between it and the prefix followed by the last code point.
            var end = prefix + char.ConvertFromUtf32(0x10FFFF);
            var words = await db.Database.SqlQuery<string>($"""
                SELECT "Word" AS "Value" FROM search_words WHERE "Word" >= {prefix} AND "Word" < {end} ORDER BY "Word" LIMIT {MaxCompletions + 1}
                """).ToListAsync(cancellationToken);
            terms.Add(words.Count is > 0 and <= MaxCompletions ? term with { Completions = words } : term);
        }

        return query.With(terms);
    }

    /// <summary>Whether FTS5 would merge word lists for a term of the query (a prefix beyond the prefix indexes, not expanded).</summary>
    public static bool MergesPrefix(SearchQuery query) => query.Terms.Any(MergesPrefix);

    private static bool MergesPrefix(SearchTerm term) => term is { Prefix: true, Completions: null } && term.Words[^1].Length > LongestIndexedPrefix;

    // The new words of the entries about to be saved, as a JSON array; null when no searchable text changed.
    private static string? ChangedWords(DocumentsDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var change in db.ChangeTracker.Entries<SearchEntry>())
        {
            if (change.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var entry = change.Entity;
            foreach (var (text, property) in new[] { (entry.Name, nameof(entry.Name)), (entry.Tags, nameof(entry.Tags)), (entry.Metadata, nameof(entry.Metadata)), (entry.Path, nameof(entry.Path)), (entry.Body, nameof(entry.Body)) })
            {
                if (change.State == EntityState.Added || change.Property(property).IsModified)
                {
                    texts.Add(text);
                }
            }
        }

        return texts.Count == 0 ? null : JsonSerializer.Serialize(Of([.. texts]));
    }
}
