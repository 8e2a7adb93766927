using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Tests.Comments;

/// <summary>Mentions are tokens the portal inserts and plain @addresses; code never mentions anyone.</summary>
public sealed class MentionParserTests
{
    private static readonly Guid Ada = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid Design = Guid.Parse("0195f0a0-0000-7000-8000-0000000000d1");

    [Fact]
    public void User_department_and_email_mentions_are_found_in_order()
    {
        var body = $"Hi @[Ada Lovelace](user:{Ada}), please ask @[Design](department:{Design}) and @bob@example.com.";

        var mentions = MentionParser.Parse(body);

        Assert.Equal(
            [new MentionToken(MentionKind.User, Ada, null, "Ada Lovelace"), new MentionToken(MentionKind.Department, Design, null, "Design"), new MentionToken(MentionKind.Email, null, "bob@example.com", "bob@example.com")],
            mentions);
    }

    [Fact]
    public void Repeated_mentions_count_once_and_email_case_does_not_matter()
    {
        var body = $"@[Ada](user:{Ada}) and again @[Ada L.](user:{Ada}); @Bob@Example.com @bob@example.com";

        var mentions = MentionParser.Parse(body);

        Assert.Equal(2, mentions.Count);
        Assert.Equal(Ada, mentions[0].Id);
        Assert.Equal("Bob@Example.com", mentions[1].Email);
    }

    [Theory]
    [InlineData("mail ops@example.com about it")]
    [InlineData("see `@bob@example.com` in the config")]
    [InlineData("```\nlog: @bob@example.com failed\n```")]
    [InlineData("@[Ada](user:not-a-guid)")]
    [InlineData("@[Ada](group:0195f0a0-0000-7000-8000-000000000001)")]
    [InlineData("@bob")]
    public void Addresses_code_and_malformed_tokens_mention_nobody(string body) =>
        Assert.Empty(MentionParser.Parse(body));

    [Fact]
    public void A_mention_after_a_code_block_still_counts()
    {
        var body = $"```\n@[Nope](user:{Guid.NewGuid()})\n```\nthen @[Ada](user:{Ada})";

        var mention = Assert.Single(MentionParser.Parse(body));

        Assert.Equal(Ada, mention.Id);
    }

    [Fact]
    public void Display_markdown_shows_names_escaped_and_leaves_code_alone()
    {
        var body = $"Thanks @[Ada *the* Countess](user:{Ada})! `@[Raw](user:{Ada})`";

        var display = MentionParser.ToDisplayMarkdown(body);

        Assert.Equal($"Thanks @Ada \\*the\\* Countess! `@[Raw](user:{Ada})`", display);
    }

    [Fact]
    public void Trailing_sentence_punctuation_is_not_part_of_an_email_mention()
    {
        var mention = Assert.Single(MentionParser.Parse("ask @carol@example.org."));

        Assert.Equal("carol@example.org", mention.Email);
    }
}
