using System.Text;

namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// Turns an engine's snippet into safe HTML: the engines mark matched words with two private-use characters (which no
/// extracted text contains in practice), the text is HTML-escaped, then the markers become &lt;mark&gt; elements.
/// A file's text can hold anything, so nothing of it reaches the client unescaped.
/// </summary>
internal static class SnippetMarkup
{
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    public static string? ToHtml(string? snippet)
    {
        if (string.IsNullOrWhiteSpace(snippet))
        {
            return null;
        }

        var html = new StringBuilder(snippet.Length + 32);
        foreach (var c in snippet.Trim())
        {
            html.Append(c switch
            {
                Start => "<mark>",
                Stop => "</mark>",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
