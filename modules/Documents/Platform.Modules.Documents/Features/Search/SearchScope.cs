namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// Folders as words of the full-text index. Each search entry holds a word for its document's folder and for every
/// folder above it ("s" and the folder id's 32 hex digits, which no real word looks like, and which the word query
/// never reaches: a word that could be one is searched in the other columns only). SQLite's FTS5 cannot join with the folders a caller may read before it
/// walks its matches, so a search within a department, or by someone who reads a few parts of the tree, would walk
/// every match in the company and throw most away; with these words the index intersects them itself.
/// </summary>
internal static class SearchScope
{
    /// <summary>The index word of a folder.</summary>
    public static string Token(Guid folderId) => "s" + folderId.ToString("N");

    /// <summary>Whether a searched word (or the start of one) could be a folder word: "s" and hex digits.</summary>
    public static bool CouldMatch(string word) =>
        word.Length >= 2 && word.Length <= 33 && word[0] == 's' && word.AsSpan(1).IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <summary>The scope column of an entry whose folder chain (root first or last, either) is given.</summary>
    public static string Of(IEnumerable<Guid> folderChain) => string.Join(' ', folderChain.Select(Token));
}
