using Platform.Modules.Documents.Features.Search;

namespace Platform.Modules.Documents.Tests.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_must_all_match_and_the_last_bare_word_is_a_prefix()
    {
        var query = Parse("Budget  2026 rev");

        Assert.Equal("\"budget\" AND \"2026\" AND \"rev\"*", FullTextSyntax.Fts5(query));
        Assert.Equal("('budget') & ('2026') & ('rev':*)", FullTextSyntax.TsQuery(query));
        Assert.Equal("{Name} : (\"budget\" AND \"2026\" AND \"rev\"*)", FullTextSyntax.Fts5Names(query));
        Assert.Equal("('budget') & ('2026') & ('rev':*)", FullTextSyntax.TsQueryIncluded(query));
        Assert.Null(FullTextSyntax.Fts5Excluded(query));
    }

    [Fact]
    public void A_prefix_with_completions_is_any_of_the_whole_words_after_the_words_before_it()
    {
        // "annual-rev": one term of two words that must follow each other, the last typed as a prefix.
        var query = Parse("budget annual-rev");
        var expanded = query.With([query.Terms[0], query.Terms[1] with { Completions = ["revenue", "review"] }]);

        Assert.Equal("\"budget\" AND \"annual rev\"*", FullTextSyntax.Fts5(query));
        Assert.Equal("\"budget\" AND (\"annual revenue\" OR \"annual review\")", FullTextSyntax.Fts5(expanded));
        Assert.Equal("{Name} : (\"budget\" AND (\"annual revenue\" OR \"annual review\"))", FullTextSyntax.Fts5Names(expanded));
    }

    [Fact]
    public void Quoted_words_are_a_phrase_and_a_leading_dash_excludes()
    {
        var query = Parse("\"notice period\" contract -draft");

        Assert.Equal("(\"notice period\" AND \"contract\") NOT (\"draft\")", FullTextSyntax.Fts5(query));
        Assert.Equal("\"draft\"", FullTextSyntax.Fts5Excluded(query));
        Assert.Equal("{Name} : (\"notice period\" AND \"contract\")", FullTextSyntax.Fts5Names(query));
        Assert.Equal("('notice' <-> 'period') & ('contract') & !('draft')", FullTextSyntax.TsQuery(query));
        // An excluded or quoted last term is taken as typed.
        Assert.False(Parse("budget \"final\"").Terms[^1].Prefix);
    }

    [Fact]
    public void Punctuation_splits_words_as_the_index_does_so_it_never_reaches_the_engine_as_syntax()
    {
        var query = Parse("e-mail O'Brien NEAR(x) *:^ {Name}:");

        Assert.Equal(["e", "mail"], query.Terms[0].Words);
        Assert.Equal(["o", "brien"], query.Terms[1].Words);
        Assert.Equal(["near", "x"], query.Terms[2].Words);
        Assert.Equal(["name"], query.Terms[^1].Words);
        Assert.Equal(4, query.Terms.Count);
        Assert.Equal(["straße", "ü"], SearchQuery.WordsOf("STRASSE Straße Ü").Skip(1));
    }

    [Fact]
    public void A_single_letter_at_the_end_is_not_a_prefix_of_everything()
    {
        Assert.False(Parse("plan a").Terms[^1].Prefix);
        Assert.True(Parse("plan ab").Terms[^1].Prefix);
    }

    [Theory]
    [InlineData(null, "at least one word")]
    [InlineData("   ", "at least one word")]
    [InlineData("\"unclosed phrase", "not closed")]
    [InlineData("-draft", "not excluded")]
    [InlineData("*** ---", "letters or digits")]
    public void Bad_queries_are_refused_with_the_reason(string? text, string reason)
    {
        Assert.False(SearchQuery.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Queries_are_limited_in_length_and_terms()
    {
        Assert.False(SearchQuery.TryParse(new string('a', SearchQuery.MaxLength + 1), out _, out _));
        Assert.False(SearchQuery.TryParse(string.Join(' ', Enumerable.Range(0, SearchQuery.MaxTerms + 1).Select(i => $"w{i}")), out _, out var error));
        Assert.Contains("at most", error, StringComparison.Ordinal);
    }

    private static SearchQuery Parse(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return query;
    }
}
