using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Tests.Comments;

public sealed class ReactionKindsTests
{
    [Theory]
    [InlineData("thumbsup", "thumbsup")]
    [InlineData("ThumbsUp", "thumbsup")]
    [InlineData("\U0001F44D", "thumbsup")]
    [InlineData("\u2764\uFE0F", "heart")]
    [InlineData("\u2764", "heart")]
    [InlineData("rocket", "rocket")]
    public void Names_and_their_emoji_are_accepted(string value, string expected) =>
        Assert.Equal(expected, ReactionKinds.Normalize(value));

    [Theory]
    [InlineData("poop")]
    [InlineData("\U0001F4A9")]
    [InlineData("")]
    [InlineData("<script>")]
    public void Anything_outside_the_allow_list_is_refused(string value) =>
        Assert.Null(ReactionKinds.Normalize(value));

    [Fact]
    public void Every_name_fits_its_column() =>
        Assert.All(ReactionKinds.Names, n => Assert.True(n.Length <= ReactionKinds.NameMaxLength));
}
