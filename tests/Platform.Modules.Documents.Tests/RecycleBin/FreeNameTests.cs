using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.RecycleBin;

namespace Platform.Modules.Documents.Tests.RecycleBin;

public sealed class FreeNameTests
{
    [Fact]
    public void A_document_keeps_its_extension_and_a_folder_its_dots()
    {
        Assert.Equal(["report (2).pdf", "report (3).pdf"], FreeName.Candidates("report.pdf", keepExtension: true).Take(2));
        Assert.Equal("v1.2 (2)", FreeName.Candidates("v1.2", keepExtension: false).First());
        Assert.Equal(".env (2)", FreeName.Candidates(".env", keepExtension: true).First());
    }

    [Fact]
    public void Long_names_are_shortened_to_stay_valid()
    {
        var longName = new string('a', ItemName.MaxLength - 4) + ".txt";
        foreach (var candidate in FreeName.Candidates(longName, keepExtension: true).Take(FreeName.MaxAttempts))
        {
            Assert.True(ItemName.TryNormalize(candidate, out var normalized, out var error), error);
            Assert.Equal(candidate, normalized);
            Assert.EndsWith(".txt", candidate, StringComparison.Ordinal);
        }
    }
}
