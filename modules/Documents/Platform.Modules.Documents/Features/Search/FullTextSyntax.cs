namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// Writes a parsed <see cref="SearchQuery"/> in each engine's query language. Words are letters and digits only and
/// are quoted anyway, so the result is always valid syntax.
/// </summary>
internal static class FullTextSyntax
{
    // The columns words are searched in: every one but Scope, whose folder words no query should reach.
    private const string WordColumns = "{Name Tags Metadata Path Body}";

    /// <summary>An SQLite FTS5 MATCH expression: every included term, none of the excluded ones.</summary>
    public static string Fts5(SearchQuery query)
    {
        var included = string.Join(" AND ", query.Included.Select(Fts5Term));
        var excluded = query.Excluded.Select(Fts5Term).ToList();
        var expression = excluded.Count == 0 ? included : $"({included}) NOT ({string.Join(" OR ", excluded)})";

        // Only a word that could be (the start of) a folder word needs the column filter, which makes ranking slower.
        return query.Terms.Any(t => t.Words.Any(SearchScope.CouldMatch)) ? $"{WordColumns} : ({expression})" : expression;
    }

    /// <summary>
    /// <see cref="Fts5"/> (or, with <paramref name="nameOnly"/>, only entries whose name holds an included term) within
    /// the given folders and everything below them (their <see cref="SearchScope"/> words); no folders: anywhere.
    /// </summary>
    public static string Fts5Within(SearchQuery query, IReadOnlyCollection<Guid> folders, bool nameOnly)
    {
        var match = nameOnly ? $"({Fts5(query)}) AND {Fts5NameAny(query)}" : Fts5(query);
        return folders.Count == 0
            ? match
            : $"({match}) AND {{Scope}} : ({string.Join(" OR ", folders.Select(SearchScope.Token))})";
    }

    /// <summary>An FTS5 expression true when the name column holds any included term (name hits rank first).</summary>
    public static string Fts5NameAny(SearchQuery query) =>
        $"{{Name}} : ({string.Join(" OR ", query.Included.Select(Fts5Term))})";

    /// <summary>A PostgreSQL tsquery (for to_tsquery with the 'simple' configuration): every included term, none of the excluded.</summary>
    public static string TsQuery(SearchQuery query) => string.Join(" & ",
        query.Included.Select(t => $"({TsTerm(t)})").Concat(query.Excluded.Select(t => $"!({TsTerm(t)})")));

    /// <summary>A tsquery true when any included term is present (matched against the name's own vector).</summary>
    public static string TsQueryAny(SearchQuery query) =>
        string.Join(" | ", query.Included.Select(t => $"({TsTerm(t)})"));

    private static string Fts5Term(SearchTerm term) =>
        "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (term.Prefix ? "*" : "");

    private static string TsTerm(SearchTerm term) => string.Join(" <-> ", term.Words.Select((w, i) =>
        "'" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"
        + (term.Prefix && i == term.Words.Count - 1 ? ":*" : "")));
}
