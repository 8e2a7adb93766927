using System.Text;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// The passage of a document's text that best shows why it matched: the run of <see cref="Tokens"/> words holding the
/// most of the searched terms (then the most matches), HTML-escaped, with the matched words in &lt;mark&gt; and "…"
/// where the text goes on. Built from the text itself rather than by the engine: SQLite's snippet() must evaluate the
/// whole query again for each hit, which for a word with many completions cost 15 ms a page.
/// </summary>
internal static class TextSnippet
{
    /// <summary>How many words a passage holds.</summary>
    public const int Tokens = 24;

    /// <summary>How much of a text a passage is looked for in (the start of the text holds it for almost every hit).</summary>
    public const int MaxSourceLength = 100_000;

    private const string Ellipsis = "…";

    /// <summary>The passage as safe HTML, or null when the text has no words.</summary>
    public static string? Build(string? text, SearchQuery query)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var truncated = text.Length > MaxSourceLength;
        text = truncated ? text[..MaxSourceLength] : text;
        var words = SearchQuery.Tokenize(text);
        if (words.Count == 0)
        {
            return null;
        }

        var (marked, termAt) = Match(words, [.. query.Included]);
        var count = Math.Min(Tokens, words.Count);
        var first = BestWindow(termAt, count);
        // Words left out at either end show as "…"; otherwise the text before the first word or after the last (quotes,
        // brackets) is kept.
        var html = new StringBuilder();
        if (first > 0)
        {
            html.Append(Ellipsis);
        }
        else
        {
            AppendEscaped(html, text.AsSpan(0, words[0].Start).TrimStart());
        }

        for (var i = first; i < first + count; i++)
        {
            var (start, length, _) = words[i];
            if (i > first)
            {
                // The characters between two words (spaces, punctuation) as they are in the text.
                var previousEnd = words[i - 1].Start + words[i - 1].Length;
                AppendEscaped(html, text.AsSpan(previousEnd, start - previousEnd));
            }

            // One mark per match: a phrase's words together, two matched words side by side apart.
            var opens = marked[i] >= 0 && (i == first || marked[i - 1] != marked[i]);
            var closes = marked[i] >= 0 && (i == first + count - 1 || marked[i + 1] != marked[i]);
            html.Append(opens ? "<mark>" : "");
            AppendEscaped(html, text.AsSpan(start, length));
            html.Append(closes ? "</mark>" : "");
        }

        if (first + count < words.Count || truncated)
        {
            html.Append(Ellipsis);
        }
        else
        {
            var end = words[^1].Start + words[^1].Length;
            AppendEscaped(html, text.AsSpan(end).TrimEnd());
        }

        return html.ToString();
    }

    // For each word the match it is part of (-1: none; a match is numbered by the word it starts at), and the index of
    // the term whose match starts there (-1: none).
    private static (int[] Marked, int[] TermAt) Match(List<(int Start, int Length, string Word)> words, SearchTerm[] terms)
    {
        var marked = new int[words.Count];
        var termAt = new int[words.Count];
        Array.Fill(marked, -1);
        Array.Fill(termAt, -1);
        for (var i = 0; i < words.Count; i++)
        {
            for (var t = 0; t < terms.Length; t++)
            {
                var term = terms[t];
                if (i + term.Words.Count <= words.Count && Matches(term, words, i))
                {
                    termAt[i] = t;
                    Array.Fill(marked, i, i, term.Words.Count);
                    break;
                }
            }
        }

        return (marked, termAt);
    }

    private static bool Matches(SearchTerm term, List<(int Start, int Length, string Word)> words, int at)
    {
        var last = term.Words.Count - 1;
        for (var j = 0; j < last; j++)
        {
            if (!string.Equals(words[at + j].Word, term.Words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var word = words[at + last].Word;
        return term.Completions is { } completions ? completions.Contains(word, StringComparer.Ordinal)
            : term.Prefix ? word.StartsWith(term.Words[last], StringComparison.Ordinal)
            : string.Equals(word, term.Words[last], StringComparison.Ordinal);
    }

    // The window of `size` words with the most distinct terms starting in it, then the most matches (the earliest wins
    // ties), moved so that its matches sit in the middle, with words of context on both sides.
    private static int BestWindow(int[] termAt, int size)
    {
        var (best, bestDistinct, bestMatches) = (0, -1, -1);
        var counts = new Dictionary<int, int>();
        var matches = 0;
        for (var end = 0; end < termAt.Length; end++)
        {
            if (termAt[end] >= 0)
            {
                counts[termAt[end]] = counts.GetValueOrDefault(termAt[end]) + 1;
                matches++;
            }

            var first = end - size + 1;
            if (first > 0 && termAt[first - 1] is var leaving and >= 0)
            {
                matches--;
                if (--counts[leaving] == 0)
                {
                    counts.Remove(leaving);
                }
            }

            if (first >= 0 && (counts.Count > bestDistinct || (counts.Count == bestDistinct && matches > bestMatches)))
            {
                (best, bestDistinct, bestMatches) = (first, counts.Count, matches);
            }
        }

        var matched = Enumerable.Range(best, size).Where(i => termAt[i] >= 0).ToList();
        if (matched.Count == 0)
        {
            return best;
        }

        var centered = matched[0] - ((size - (matched[^1] - matched[0] + 1)) / 2);
        return Math.Clamp(centered, 0, termAt.Length - size);
    }

    // A file's text can hold anything, so nothing of it reaches the client unescaped.
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '&' => html.Append("&amp;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
