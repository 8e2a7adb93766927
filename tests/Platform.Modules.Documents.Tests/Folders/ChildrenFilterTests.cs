using Platform.Modules.Documents.Features.Folders;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Tests.Folders;

public sealed class ChildrenFilterTests
{
    [Fact]
    public void No_filter_lists_folders_and_documents()
    {
        var filter = ChildrenFilter.Parse(null, null, new ValidationErrors());
        Assert.True(filter.IncludesFolders);
        Assert.True(filter.IncludesDocuments);
    }

    [Fact]
    public void A_media_type_or_a_family_or_a_tag_keeps_documents_only()
    {
        var errors = new ValidationErrors();
        Assert.Equal(new ChildrenFilter(false, true, "application/pdf", null, null), ChildrenFilter.Parse("Application/PDF", null, errors));
        Assert.Equal(new ChildrenFilter(false, true, null, "image/", null), ChildrenFilter.Parse("image/*", null, errors));
        Assert.Equal(new ChildrenFilter(false, true, null, null, "invoice"), ChildrenFilter.Parse(null, " Invoice ", errors));
        Assert.Equal(new ChildrenFilter(true, false, null, null, null), ChildrenFilter.Parse("folder", null, errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("pdf", null)]
    [InlineData("/pdf", null)]
    [InlineData("application/", null)]
    [InlineData("folder", "invoice")]
    public void Nonsense_is_a_field_error(string type, string? tag)
    {
        var errors = new ValidationErrors();
        ChildrenFilter.Parse(type, tag, errors);
        Assert.True(errors.Any);
    }
}
