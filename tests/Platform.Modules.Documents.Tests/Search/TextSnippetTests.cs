using Platform.Modules.Documents.Features.Search;

namespace Platform.Modules.Documents.Tests.Search;

public sealed class TextSnippetTests
{
    [Fact]
    public void The_passage_with_the_most_searched_terms_is_chosen_and_its_matches_are_marked()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem", 60));
        var text = $"Budget first. {filler} The annual budget review is due. {filler}";

        var snippet = TextSnippet.Build(text, Parse("budget review"));

        Assert.NotNull(snippet);
        Assert.Contains("annual <mark>budget</mark> <mark>review</mark> is due", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget first", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Phrases_prefixes_and_completions_are_marked_as_the_index_matched_them()
    {
        Assert.Equal("the <mark>notice period</mark> ends; notice the period",
            TextSnippet.Build("the notice period ends; notice the period", Parse("\"notice period\"")));
        Assert.Equal("<mark>Quarterly</mark> and <mark>quarters</mark>", TextSnippet.Build("Quarterly and quarters", Parse("quart")));

        var query = Parse("quart");
        var expanded = query.With([query.Terms[0] with { Completions = ["quarters"] }]);
        Assert.Equal("Quarterly and <mark>quarters</mark>", TextSnippet.Build("Quarterly and quarters", expanded));
    }

    [Fact]
    public void Text_is_html_escaped_and_a_text_without_the_words_shows_its_start()
    {
        Assert.Equal("&lt;b&gt;<mark>Budget</mark>&lt;/b&gt; &amp; &quot;plan&quot;", TextSnippet.Build("<b>Budget</b> & \"plan\"", Parse("budget")));

        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));
        var start = TextSnippet.Build(words, Parse("missing"));
        Assert.StartsWith("w1 w2", start, StringComparison.Ordinal);
        Assert.EndsWith($"w{TextSnippet.Tokens}…", start, StringComparison.Ordinal);

        Assert.Null(TextSnippet.Build("", Parse("budget")));
        Assert.Null(TextSnippet.Build(" … ", Parse("budget")));
    }

    [Fact]
    public void Broken_unicode_in_extracted_text_does_not_break_the_snippet()
    {
        var snippet = TextSnippet.Build("budget \uD800 plan \uDC00 end", Parse("plan"));
        Assert.Contains("<mark>plan</mark>", snippet, StringComparison.Ordinal);
    }

    private static SearchQuery Parse(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return query;
    }
}
