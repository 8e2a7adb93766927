using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Items;
using Platform.Sdk.Http;

namespace Platform.Modules.Documents.Tests.Items;

public sealed class DocumentLabelsTests
{
    [Fact]
    public void Tags_are_trimmed_normalised_and_unique_ignoring_case()
    {
        var errors = new ValidationErrors();
        var tags = DocumentLabels.NormalizeTags([" Invoice ", "invoice", "Cafe\u0301", "2026"], errors);
        Assert.False(errors.Any);
        Assert.Equal(["Invoice", "Café", "2026"], tags);
    }

    [Fact]
    public void Tags_beyond_the_limits_are_field_errors()
    {
        var errors = new ValidationErrors();
        DocumentLabels.NormalizeTags(["", new string('x', Document.TagMaxLength + 1), "a\u0000b"], errors);
        var tooMany = new ValidationErrors();
        DocumentLabels.NormalizeTags([.. Enumerable.Range(0, Document.MaxTags + 1).Select(i => $"t{i}")], tooMany);
        Assert.True(errors.Any);
        Assert.True(tooMany.Any);
    }

    [Fact]
    public void Metadata_keys_are_unique_ignoring_case_and_values_are_bounded()
    {
        var ok = new ValidationErrors();
        var metadata = DocumentLabels.NormalizeMetadata(new Dictionary<string, string?> { ["contract"] = "C-17", [" owner "] = "Ana" }, ok);
        Assert.False(ok.Any);
        Assert.Equal("Ana", metadata["owner"]);

        var duplicate = new ValidationErrors();
        DocumentLabels.NormalizeMetadata(new Dictionary<string, string?> { ["Key"] = "a", ["key"] = "b" }, duplicate);
        var tooLong = new ValidationErrors();
        DocumentLabels.NormalizeMetadata(new Dictionary<string, string?> { ["k"] = new string('v', DocumentMetadataEntry.ValueMaxLength + 1), ["n"] = null }, tooLong);
        Assert.True(duplicate.Any);
        Assert.True(tooLong.Any);
    }
}
