using System.Globalization;
using System.Text;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// One term of a search: a word, or several words that must follow each other (a quoted phrase, or a word the
/// tokenizer splits, such as "e-mail"); the last word typed also matches longer words it begins; "-" excludes.
/// </summary>
/// <param name="Completions">
/// For a prefix, the whole words of the index it begins, when the engine is better served by them than by the prefix
/// (see <see cref="SearchWords"/>); null: the prefix as typed.
/// </param>
internal sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix, bool Excluded, IReadOnlyList<string>? Completions = null);

/// <summary>
/// What a user typed in the search box, parsed into terms that every engine understands the same way. Words are runs
/// of letters and digits, lower-cased: exactly what the index's tokenizers keep, so punctuation can never reach the
/// full-text engine as syntax (no 500 from a stray quote or operator). Every term must match; quoted text is a
/// phrase; a leading "-" excludes a term; the last word, when typed bare and at least two characters long, is a prefix.
/// </summary>
internal sealed class SearchQuery
{
    public const int MaxLength = 300;
    public const int MaxTerms = 16;
    private const int MinPrefixLength = 2;

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    public IEnumerable<SearchTerm> Included => Terms.Where(t => !t.Excluded);

    public IEnumerable<SearchTerm> Excluded => Terms.Where(t => t.Excluded);

    public static bool TryParse(string? text, out SearchQuery query, out string error)
    {
        query = new SearchQuery([]);
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Enter at least one word to search for.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"A search is at most {MaxLength} characters long.";
            return false;
        }

        var terms = new List<SearchTerm>();
        var lastQuoted = false;
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }

            string raw;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    error = "A quotation mark is not closed: put a phrase between two quotation marks.";
                    return false;
                }

                raw = text[(i + 1)..close];
                i = close + 1;
                lastQuoted = true;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                raw = text[i..end];
                i = end;
                lastQuoted = false;
            }

            var words = WordsOf(raw);
            if (words.Count > 0)
            {
                terms.Add(new SearchTerm(words, Prefix: false, excluded));
            }
        }

        if (terms.Count > MaxTerms)
        {
            error = $"A search has at most {MaxTerms} words or phrases.";
            return false;
        }

        if (!terms.Any(t => !t.Excluded))
        {
            error = terms.Count == 0
                ? "Enter at least one word (letters or digits) to search for."
                : "A search needs at least one word that is not excluded with '-'.";
            return false;
        }

        if (terms[^1] is { Excluded: false } last && !lastQuoted && last.Words[^1].Length >= MinPrefixLength)
        {
            terms[^1] = last with { Prefix = true };
        }

        query = new SearchQuery(terms);
        return true;
    }

    /// <summary>The same search with its terms replaced (by <see cref="SearchWords.ExpandAsync"/>).</summary>
    public SearchQuery With(IReadOnlyList<SearchTerm> terms) => new(terms);

    /// <summary>
    /// The words of a text as the index sees them: runs of letters, numbers and private-use characters (any script),
    /// lower-cased; the token characters of SQLite's unicode61 tokenizer, which the PostgreSQL parser also keeps.
    /// </summary>
    public static IReadOnlyList<string> WordsOf(string text) => [.. Tokenize(text).Select(t => t.Word)];

    /// <summary>The words of <see cref="WordsOf"/> with where each stands in the text (for marking them in a snippet).</summary>
    public static List<(int Start, int Length, string Word)> Tokenize(string text)
    {
        var words = new List<(int, int, string)>();
        var word = new StringBuilder();
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            // A broken surrogate decodes as the replacement character, which is no word character.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
            if (IsWordCharacter(rune))
            {
                start = word.Length == 0 ? i : start;
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (word.Length > 0)
            {
                words.Add((start, i - start, word.ToString()));
                word.Clear();
            }

            i += width;
        }

        if (word.Length > 0)
        {
            words.Add((start, text.Length - start, word.ToString()));
        }

        return words;
    }

    private static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
