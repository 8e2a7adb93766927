using Platform.Modules.Documents.Features.Search;

namespace Platform.Modules.Documents.Tests.Search;

public sealed class DocumentTypeFilterTests
{
    [Fact]
    public void Families_cover_their_media_types_and_exact_media_types_are_accepted()
    {
        Assert.True(DocumentTypeFilter.TryParse("Word", out var word));
        Assert.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.MediaTypes);
        Assert.True(DocumentTypeFilter.TryParse("text", out var text));
        Assert.Equal("text/", text.MediaTypePrefix);
        Assert.True(DocumentTypeFilter.TryParse("Application/PDF", out var pdf));
        Assert.Equal(["application/pdf"], pdf.MediaTypes);
    }

    [Theory]
    [InlineData("movie")]
    [InlineData("application/")]
    [InlineData("a/b/c")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("' OR 1=1 --/x")]
    public void Anything_else_is_refused(string value) => Assert.False(DocumentTypeFilter.TryParse(value, out _));
}
