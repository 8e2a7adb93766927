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
            switch (c)
            {
                case Start:
                    html.Append("<mark>");
                    break;
                case Stop:
                    html.Append("</mark>");
                    break;
                default:
                    AppendEscaped(html, c);
                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>Appends text HTML-escaped.</summary>
    public static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            AppendEscaped(html, c);
        }
    }

    private static void AppendEscaped(StringBuilder html, char c)
    {
        switch (c)
        {
            case '<': html.Append("&lt;"); break;
            case '>': html.Append("&gt;"); break;
            case '&': html.Append("&amp;"); break;
            case '"': html.Append("&quot;"); break;
            case '\'': html.Append("&#39;"); break;
            default: html.Append(c); break;
        }
    }
}
