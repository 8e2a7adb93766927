using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Files;

namespace Platform.Modules.Documents.Tests.Files;

public sealed class NumberedNameTests
{
    [Theory]
    [InlineData("report.pdf", "report (2).pdf", "report (3).pdf")]
    [InlineData("report (2).pdf", "report (3).pdf", "report (4).pdf")]
    [InlineData("archive.tar.gz", "archive.tar (2).gz", "archive.tar (3).gz")]
    [InlineData(".profile", ".profile (2)", ".profile (3)")]
    [InlineData("README", "README (2)", "README (3)")]
    [InlineData("(2)", "(2) (2)", "(2) (3)")]
    public void Names_are_numbered_like_desktop_copies_and_a_numbered_name_counts_on(string name, string first, string second) =>
        Assert.Equal([first, second], NumberedName.Candidates(name).Take(2));

    [Fact]
    public void A_name_at_the_length_limit_is_shortened_before_its_extension_and_stays_valid()
    {
        var name = new string('a', ItemName.MaxLength - 4) + ".txt";
        var candidate = NumberedName.Candidates(name).First();
        Assert.Equal(ItemName.MaxLength, candidate.Length);
        Assert.EndsWith("a (2).txt", candidate);
        Assert.True(ItemName.TryNormalize(candidate, out _, out _));
    }
}
