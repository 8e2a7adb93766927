using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// Compares two texts line by line (Myers' algorithm, by DiffPlex) into unified-diff hunks, and the changed lines of a
/// change pair by pair, word by word. Bounded so that a request can neither run long nor answer huge: at most
/// <see cref="MaxLines"/> lines of each text are compared, at most <see cref="MaxShownLines"/> lines are returned, and
/// words are compared only in lines up to <see cref="MaxWordDiffChars"/> characters, <see cref="MaxWordDiffTotalChars"/>
/// in all.
/// </summary>
internal static class LineDiff
{
    /// <summary>Unchanged lines shown before and after each change.</summary>
    public const int ContextLines = 3;

    /// <summary>Lines of each text compared: Myers' algorithm costs (n + m) × d; two entirely different texts of this many lines take 0.4 s.</summary>
    public const int MaxLines = 10_000;

    /// <summary>Lines returned in hunks.</summary>
    public const int MaxShownLines = 2_000;

    /// <summary>Longest line whose words are compared to its pair's (two entirely different lines of 2,000 characters take about 2 ms).</summary>
    public const int MaxWordDiffChars = 2_000;

    /// <summary>Characters of changed lines compared word by word in one comparison; lines past it have no word changes.</summary>
    public const int MaxWordDiffTotalChars = 100_000;

    /// <param name="older">The "from" text, lines separated by "\n".</param>
    /// <param name="newer">The "to" text.</param>
    /// <param name="cut">Whether either text was already cut short (its extraction hit its character limit).</param>
    public static TextComparisonDto Compare(string older, string newer, bool cut)
    {
        var diff = Differ.Instance.CreateDiffs(FirstLines(older, ref cut), FirstLines(newer, ref cut), false, false, NewlineChunker.Instance);
        var (a, b, blocks) = (diff.PiecesOld, diff.PiecesNew, diff.DiffBlocks);
        var hunks = new List<DiffHunkDto>();
        var (shown, wordDiffChars) = (0, 0);
        for (var first = 0; first < blocks.Count;)
        {
            if (shown == MaxShownLines)
            {
                cut = true;
                break;
            }

            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - EndA(blocks[last]) <= 2 * ContextLines)
            {
                last++;
            }

            var (hunk, clipped) = Hunk(a, b, blocks, first, last, MaxShownLines - shown, ref wordDiffChars);
            hunks.Add(hunk);
            shown += hunk.Lines.Count;
            cut |= clipped;
            first = last + 1;
        }

        return new TextComparisonDto(
            TextComparisonOutcome.Compared, null, blocks.Sum(block => block.InsertCountB), blocks.Sum(block => block.DeleteCountA), cut, hunks);
    }

    // The text without its final line break (it ends the last line rather than starting another), up to MaxLines lines.
    private static string FirstLines(string text, ref bool cut)
    {
        var end = text.Length;
        for (int i = 0, lines = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && ++lines == MaxLines)
            {
                end = i;
                cut |= i < text.Length - 1;
                break;
            }
        }

        return text.EndsWith('\n') && end == text.Length ? text[..^1] : text[..end];
    }

    private static int EndA(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    // Blocks first to last with the unchanged lines between them and up to ContextLines around, as lines to show until
    // there is no more room: the hunk's counts cover all of it, and clipped says that not all is shown.
    private static (DiffHunkDto Hunk, bool Clipped) Hunk(
        IReadOnlyList<string> a, IReadOnlyList<string> b, IList<DiffBlock> blocks, int first, int last, int room, ref int wordDiffChars)
    {
        var startA = Math.Max(0, blocks[first].DeleteStartA - ContextLines);
        var startB = blocks[first].InsertStartB - (blocks[first].DeleteStartA - startA);
        var lines = new List<DiffLineDto>();
        var (ia, ib, clipped) = (startA, startB, false);
        void Show(DiffLineDto line)
        {
            if (lines.Count < room)
            {
                lines.Add(line);
            }
            else
            {
                clipped = true;
            }
        }

        for (var index = first; index <= last; index++)
        {
            var block = blocks[index];
            for (; ia < block.DeleteStartA; ia++, ib++)
            {
                Show(new DiffLineDto(DiffLineKind.Context, a[ia], ia + 1, ib + 1, null));
            }

            // Word changes only for pairs whose removed line is shown: each costs a diff of its own.
            var paired = Math.Min(Math.Min(block.DeleteCountA, block.InsertCountB), Math.Max(0, room - lines.Count));
            var changes = new List<(IReadOnlyList<TextSpanDto>? Removed, IReadOnlyList<TextSpanDto>? Added)>(paired);
            for (var k = 0; k < paired; k++)
            {
                changes.Add(WordChanges(a[ia + k], b[ib + k], ref wordDiffChars));
            }

            for (var k = 0; k < block.DeleteCountA; k++, ia++)
            {
                Show(new DiffLineDto(DiffLineKind.Removed, a[ia], ia + 1, null, k < paired ? changes[k].Removed : null));
            }

            for (var k = 0; k < block.InsertCountB; k++, ib++)
            {
                Show(new DiffLineDto(DiffLineKind.Added, b[ib], null, ib + 1, k < paired ? changes[k].Added : null));
            }
        }

        for (var end = Math.Min(a.Count, ia + ContextLines); ia < end; ia++, ib++)
        {
            Show(new DiffLineDto(DiffLineKind.Context, a[ia], ia + 1, ib + 1, null));
        }

        var (fromCount, toCount) = (ia - startA, ib - startB);
        return (new DiffHunkDto(fromCount == 0 ? startA : startA + 1, fromCount, toCount == 0 ? startB : startB + 1, toCount, lines), clipped);
    }

    // The characters that differ between a removed line and the added line it became, word by word (words, spaces and
    // punctuation are the pieces, so the pieces put together give the line back), while the comparison's budget lasts.
    private static (IReadOnlyList<TextSpanDto>? Removed, IReadOnlyList<TextSpanDto>? Added) WordChanges(string removed, string added, ref int wordDiffChars)
    {
        if (removed.Length > MaxWordDiffChars || added.Length > MaxWordDiffChars || wordDiffChars + removed.Length + added.Length > MaxWordDiffTotalChars)
        {
            return (null, null);
        }

        wordDiffChars += removed.Length + added.Length;
        var diff = Differ.Instance.CreateDiffs(removed, added, false, false, WordChunker.Instance);
        return (Spans(diff.PiecesOld, diff.DiffBlocks.Select(block => (block.DeleteStartA, block.DeleteCountA))),
            Spans(diff.PiecesNew, diff.DiffBlocks.Select(block => (block.InsertStartB, block.InsertCountB))));
    }

    private static List<TextSpanDto> Spans(IReadOnlyList<string> pieces, IEnumerable<(int Start, int Count)> runs)
    {
        var offsets = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++)
        {
            offsets[i + 1] = offsets[i] + pieces[i].Length;
        }

        return runs.Where(run => run.Count > 0)
            .Select(run => new TextSpanDto(offsets[run.Start], offsets[run.Start + run.Count] - offsets[run.Start]))
            .ToList();
    }

    // Lines split at "\n" only (the extractors wrote every line break so), and an empty text has no line at all.
    private sealed class NewlineChunker : IChunker
    {
        public static readonly NewlineChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }
}
