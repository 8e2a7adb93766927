using System.Text;

namespace Platform.Modules.Documents.Features.Search.Extraction;

/// <summary>
/// Collects extracted text up to a number of characters, separating the pieces with single spaces (running text) or
/// line breaks (lines), and stops the extractor once it is full (search needs the beginning of a huge file, not all of
/// it). Control characters become spaces so the text is safe to store and to show in snippets; lines keep their tabs,
/// and their line breaks become a single "\n" whichever convention the file used.
/// </summary>
internal sealed class TextBudget(TextShape shape, CancellationToken cancellationToken)
{
    private readonly StringBuilder _text = new();
    private readonly char _separator = shape.Layout == TextLayout.Lines ? '\n' : ' ';

    // A parser abandoned past the deadline may still append while the indexer takes what was read.
    private readonly Lock _lock = new();

    // A "\r\n" split across two chunks is still one line break.
    private bool _afterCarriageReturn;

    public bool IsFull => _text.Length >= shape.MaxChars;

    /// <summary>The layout asked for: readers that can tell lines apart (PDF) read them when it is <see cref="TextLayout.Lines"/>.</summary>
    public TextLayout Layout => shape.Layout;

    /// <summary>Cancelled when extraction runs out of time: extractors check it between pages, paragraphs and cells.</summary>
    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Adds a piece of text (a page, a paragraph, a row) after a separator; false once the budget is spent (the caller stops reading).</summary>
    public bool Append(ReadOnlySpan<char> piece) => Append(piece, separate: true);

    /// <summary>Adds a chunk of a running text as it is (no separator, as a word may continue in the next chunk).</summary>
    public bool AppendChunk(ReadOnlySpan<char> chunk) => Append(chunk, separate: false);

    private bool Append(ReadOnlySpan<char> piece, bool separate)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return AppendLocked(piece, separate);
        }
    }

    private bool AppendLocked(ReadOnlySpan<char> piece, bool separate)
    {
        if (separate)
        {
            piece = piece.Trim();
        }

        if (IsFull || piece.IsEmpty)
        {
            return !IsFull;
        }

        if (separate && _text.Length > 0)
        {
            _text.Append(_separator);
            _afterCarriageReturn = false;
        }

        var room = shape.MaxChars - _text.Length;
        var slice = piece.Length <= room ? piece : piece[..room];
        // Do not leave half a surrogate pair at the cut.
        if (slice.Length > 0 && char.IsHighSurrogate(slice[^1]))
        {
            slice = slice[..^1];
        }

        foreach (var c in slice)
        {
            AppendCharacter(c);
        }

        return !IsFull;
    }

    private void AppendCharacter(char c)
    {
        if (shape.Layout == TextLayout.Running)
        {
            _text.Append(char.IsControl(c) ? ' ' : c);
            return;
        }

        var afterCarriageReturn = _afterCarriageReturn;
        _afterCarriageReturn = c == '\r';
        switch (c)
        {
            case '\n' when afterCarriageReturn:
                break;
            case '\r' or '\n':
                _text.Append('\n');
                break;
            default:
                _text.Append(char.IsControl(c) && c != '\t' ? ' ' : c);
                break;
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _text.ToString();
        }
    }
}
