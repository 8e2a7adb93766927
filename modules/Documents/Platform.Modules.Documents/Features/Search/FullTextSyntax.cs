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
        var included = InColumns(ColumnsFor(query.Included), query.Included);
        return Fts5Excluded(query) is { } excluded ? $"({included}) NOT ({excluded})" : included;
    }

    /// <summary>
    /// An FTS5 expression, for the table of names, true when the name holds every included term (a name hit, when no
    /// excluded term is anywhere: see <see cref="Fts5Excluded"/>).
    /// </summary>
    public static string Fts5Names(SearchQuery query) => InColumns("{Name}", query.Included);

    /// <summary>An FTS5 expression true when any excluded term is present; null when nothing is excluded.</summary>
    public static string? Fts5Excluded(SearchQuery query)
    {
        var excluded = query.Excluded.ToList();
        return excluded.Count == 0 ? null : InColumns(ColumnsFor(excluded), excluded, " OR ");
    }

    /// <summary>
    /// <see cref="Fts5"/> (or, with <paramref name="nameOnly"/>, <see cref="Fts5Names"/>) within the given folders and
    /// everything below them (their <see cref="SearchScope"/> words); no folders: anywhere.
    /// </summary>
    public static string Fts5Within(SearchQuery query, IReadOnlyCollection<Guid> folders, bool nameOnly)
    {
        var match = nameOnly ? Fts5Names(query) : Fts5(query);
        return folders.Count == 0
            ? match
            : $"({match}) AND {{Scope}} : ({string.Join(" OR ", folders.Select(SearchScope.Token))})";
    }

    /// <summary>A PostgreSQL tsquery (for to_tsquery with the 'simple' configuration): every included term, none of the excluded.</summary>
    public static string TsQuery(SearchQuery query) => string.Join(" & ",
        query.Included.Select(t => $"({TsTerm(t)})").Concat(query.Excluded.Select(t => $"!({TsTerm(t)})")));

    /// <summary>A tsquery true when any excluded term is present; null when nothing is excluded.</summary>
    public static string? TsQueryExcluded(SearchQuery query) =>
        !query.Excluded.Any() ? null : string.Join(" | ", query.Excluded.Select(t => $"({TsTerm(t)})"));

    /// <summary>A tsquery true for entries within any of the given folders (matched against the entries' folder words).</summary>
    public static string TsQueryScope(IEnumerable<Guid> folders) => string.Join(" | ", folders.Select(f => $"'{SearchScope.Token(f)}'"));

    /// <summary>A tsquery of every included term (matched against the name's own vector for name hits).</summary>
    public static string TsQueryIncluded(SearchQuery query) =>
        string.Join(" & ", query.Included.Select(t => $"({TsTerm(t)})"));

    // Only a word that could be (the start of) a folder word needs the column filter, which makes ranking slower.
    private static string? ColumnsFor(IEnumerable<SearchTerm> terms) =>
        terms.Any(t => t.Words.Any(SearchScope.CouldMatch)) ? WordColumns : null;

    private static string InColumns(string? columns, IEnumerable<SearchTerm> terms, string separator = " AND ")
    {
        var all = string.Join(separator, terms.Select(Fts5Term));
        return columns is null ? all : $"{columns} : ({all})";
    }

    // A prefix with completions is any of them: the words before the last, then one whole word it begins.
    private static string Fts5Term(SearchTerm term) => term.Completions is { Count: > 0 } completions
        ? "(" + string.Join(" OR ", completions.Select(word => Fts5Phrase([.. term.Words.SkipLast(1), word]))) + ")"
        : Fts5Phrase(term.Words) + (term.Prefix ? "*" : "");

    private static string Fts5Phrase(IEnumerable<string> words) =>
        "\"" + string.Join(' ', words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string TsTerm(SearchTerm term) => string.Join(" <-> ", term.Words.Select((w, i) =>
        "'" + w.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'"
        + (term.Prefix && i == term.Words.Count - 1 ? ":*" : "")));
}
