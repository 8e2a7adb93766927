using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>How extracted text is laid out.</summary>
internal enum TextLayout
{
    /// <summary>One running text, the pieces separated by spaces: what the search index stores and snippets quote.</summary>
    Running,

    /// <summary>
    /// A line per paragraph, PDF text line, spreadsheet row or line of a text file (tabs between a row's cells), so that
    /// two versions can be compared line by line.
    /// </summary>
    Lines,
}

/// <summary>The layout of an extraction and the most characters it keeps.</summary>
internal sealed record TextShape(TextLayout Layout, int MaxChars)
{
    /// <summary>For the search index: running text, as much as an index entry holds.</summary>
    public static readonly TextShape Search = new(TextLayout.Running, SearchEntry.MaxBodyChars);

    /// <summary>For comparing versions: lines, up to a million characters (a few hundred pages).</summary>
    public static readonly TextShape Comparison = new(TextLayout.Lines, 1_000_000);
}
