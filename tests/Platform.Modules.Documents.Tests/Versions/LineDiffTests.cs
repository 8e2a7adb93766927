using Platform.Modules.Documents.Features.Versions;

namespace Platform.Modules.Documents.Tests.Versions;

public sealed class LineDiffTests
{
    private static readonly string[] Twenty = Enumerable.Range(1, 20).Select(n => $"line {n}").ToArray();

    [Fact]
    public void Changes_far_apart_make_separate_hunks_with_three_lines_of_context_and_the_numbers_of_each_version()
    {
        var newer = Twenty.ToList();
        newer[1] = "line 2, edited";
        newer.RemoveAt(14);

        var diff = LineDiff.Compare(Text(Twenty), Text(newer), cut: false);

        Assert.Equal((TextComparisonOutcome.Compared, 1, 2, false), (diff.Outcome, diff.LinesAdded, diff.LinesRemoved, diff.Truncated));
        Assert.Equal(2, diff.Hunks.Count);
        var first = diff.Hunks[0];
        Assert.Equal((1, 5, 1, 5), (first.FromStart, first.FromCount, first.ToStart, first.ToCount));
        Assert.Equal(
            ["  line 1", "- line 2", "+ line 2, edited", "  line 3", "  line 4", "  line 5"],
            first.Lines.Select(Show));
        Assert.Equal((2, null), (first.Lines[1].FromLine, first.Lines[1].ToLine));
        Assert.Equal((null, 2), (first.Lines[2].FromLine, first.Lines[2].ToLine));
        var second = diff.Hunks[1];
        Assert.Equal((12, 7, 12, 6), (second.FromStart, second.FromCount, second.ToStart, second.ToCount));
        Assert.Equal(["  line 12", "  line 13", "  line 14", "- line 15", "  line 16", "  line 17", "  line 18"], second.Lines.Select(Show));
        Assert.Equal((16, 15), (second.Lines[4].FromLine, second.Lines[4].ToLine));
    }

    [Fact]
    public void Changes_within_six_lines_share_a_hunk()
    {
        var newer = Twenty.ToList();
        newer[4] = "five";
        newer[10] = "eleven";

        var diff = LineDiff.Compare(Text(Twenty), Text(newer), cut: false);

        var hunk = Assert.Single(diff.Hunks);
        Assert.Equal((2, 13, 2, 13), (hunk.FromStart, hunk.FromCount, hunk.ToStart, hunk.ToCount));
    }

    [Fact]
    public void Lines_added_to_an_empty_text_start_before_the_first_line_as_in_a_unified_diff()
    {
        var diff = LineDiff.Compare("", "a\nb\n", cut: false);

        var hunk = Assert.Single(diff.Hunks);
        Assert.Equal((0, 0, 1, 2), (hunk.FromStart, hunk.FromCount, hunk.ToStart, hunk.ToCount));
        Assert.Equal(["+ a", "+ b"], hunk.Lines.Select(Show));
        Assert.Empty(LineDiff.Compare("same\n", "same", cut: false).Hunks);
    }

    [Fact]
    public void A_changed_line_carries_the_spans_of_the_words_that_changed()
    {
        var diff = LineDiff.Compare("Notice period of three months.", "Notice period of six months.", cut: false);

        var lines = Assert.Single(diff.Hunks).Lines;
        var removed = Assert.Single(lines[0].Changes!);
        var added = Assert.Single(lines[1].Changes!);
        Assert.Equal("three", lines[0].Text.Substring(removed.Start, removed.Length));
        Assert.Equal("six", lines[1].Text.Substring(added.Start, added.Length));
    }

    [Fact]
    public void Hunks_stop_at_the_line_limit_while_the_counts_cover_everything()
    {
        var older = Enumerable.Range(0, 3_000).Select(n => $"old {n}");
        var newer = Enumerable.Range(0, 3_000).Select(n => $"new {n}");

        var diff = LineDiff.Compare(Text(older), Text(newer), cut: false);

        Assert.True(diff.Truncated);
        Assert.Equal((3_000, 3_000), (diff.LinesAdded, diff.LinesRemoved));
        Assert.Equal(LineDiff.MaxShownLines, diff.Hunks.Sum(h => h.Lines.Count));
    }

    [Fact]
    public void Only_the_first_ten_thousand_lines_are_compared_and_the_result_says_so()
    {
        var older = Enumerable.Range(0, LineDiff.MaxLines + 5).Select(n => $"line {n}").ToList();
        var newer = older.ToList();
        newer[^1] = "changed past the limit";

        var diff = LineDiff.Compare(Text(older), Text(newer), cut: false);

        Assert.True(diff.Truncated);
        Assert.Empty(diff.Hunks);
        Assert.False(LineDiff.Compare(Text(older.Take(LineDiff.MaxLines)), Text(older.Take(LineDiff.MaxLines)), cut: false).Truncated);
        Assert.True(LineDiff.Compare("a", "b", cut: true).Truncated);
    }

    [Fact]
    public void Word_changes_stop_when_their_budget_is_spent_and_long_lines_have_none()
    {
        var older = Enumerable.Range(0, 200).Select(n => $"{n} " + new string('a', 900));
        var newer = Enumerable.Range(0, 200).Select(n => $"{n} " + new string('b', 900));

        var lines = LineDiff.Compare(Text(older), Text(newer), cut: false).Hunks.SelectMany(h => h.Lines).ToList();

        var withChanges = lines.Count(line => line.Changes is not null);
        Assert.InRange(withChanges, 2, LineDiff.MaxWordDiffTotalChars / 900);
        Assert.Contains(lines, line => line.Kind == DiffLineKind.Removed && line.Changes is null);
        var longLine = new string('x', LineDiff.MaxWordDiffChars) + " end";
        Assert.All(Assert.Single(LineDiff.Compare(longLine, longLine + "s", cut: false).Hunks).Lines, line => Assert.Null(line.Changes));
    }

    private static string Text(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    private static string Show(DiffLineDto line) => line.Kind switch
    {
        DiffLineKind.Added => "+ ",
        DiffLineKind.Removed => "- ",
        _ => "  ",
    } + line.Text;
}
