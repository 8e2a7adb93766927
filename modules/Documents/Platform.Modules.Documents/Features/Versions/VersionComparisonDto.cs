namespace Platform.Modules.Documents.Features.Versions;

/// <summary>Two versions of a document side by side: their details, whether their bytes differ, and how their text differs.</summary>
public sealed record VersionComparisonDto(Guid DocumentId, VersionDto From, VersionDto To, bool SameContent, long LengthChange, TextComparisonDto Text);

/// <summary>
/// How the text of two versions differs, line by line (a line is a paragraph, a PDF text line, a spreadsheet row or a
/// line of a text file). Added and removed counts cover the whole comparison; the hunks stop once
/// <see cref="TextComparisonDto.Truncated"/> says so.
/// </summary>
public sealed record TextComparisonDto(
    TextComparisonOutcome Outcome, string? Detail, int LinesAdded, int LinesRemoved, bool Truncated, IReadOnlyList<DiffHunkDto> Hunks)
{
    internal static TextComparisonDto Without(TextComparisonOutcome outcome, string detail) => new(outcome, detail, 0, 0, false, []);
}

/// <summary>Whether the text was compared, and if not, why.</summary>
public enum TextComparisonOutcome
{
    /// <summary>Both texts were read and compared (no hunks: the text is the same although the bytes differ).</summary>
    Compared,

    /// <summary>The two versions have the same bytes: nothing to compare.</summary>
    SameContent,

    /// <summary>A version's format carries no text that is read (images, archives …).</summary>
    NoText,

    /// <summary>A version is larger than text is read from.</summary>
    TooLarge,

    /// <summary>A version is encrypted or damaged, or its content is missing from storage.</summary>
    Unreadable,

    /// <summary>Reading a version's text took longer than the extraction timeout.</summary>
    TimedOut,
}

/// <summary>
/// A run of changed lines with up to three unchanged lines around it, as in a unified diff: the lines it covers in each
/// version (numbered from 1; a start of 0 with a count of 0 means "before the first line").
/// </summary>
public sealed record DiffHunkDto(int FromStart, int FromCount, int ToStart, int ToCount, IReadOnlyList<DiffLineDto> Lines);

/// <summary>
/// One line of a hunk and its number in each version it is in. A removed line paired with an added one (the k-th
/// removed and the k-th added line of a change) carries the spans of characters that differ between the two, word by word.
/// </summary>
public sealed record DiffLineDto(DiffLineKind Kind, string Text, int? FromLine, int? ToLine, IReadOnlyList<TextSpanDto>? Changes);

/// <summary>Whether a line is in both versions, only the older or only the newer.</summary>
public enum DiffLineKind
{
    /// <summary>Unchanged, shown around a change.</summary>
    Context,

    /// <summary>Only in the "from" version.</summary>
    Removed,

    /// <summary>Only in the "to" version.</summary>
    Added,
}

/// <summary>Characters of a line: where they start (from 0) and how many.</summary>
public sealed record TextSpanDto(int Start, int Length);
