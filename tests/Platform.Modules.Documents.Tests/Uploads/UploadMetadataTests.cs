using System.Text;
using Platform.Modules.Documents.Features.Uploads;

namespace Platform.Modules.Documents.Tests.Uploads;

public sealed class UploadMetadataTests
{
    [Fact]
    public void Pairs_are_base64_values_keys_may_come_without_one_and_unknown_keys_are_kept()
    {
        var header = $"filename {B64("Bericht März.pdf")},folderId {B64("0194d2c3-0000-7000-8000-000000000001")}, is_confidential,filetype {B64("application/pdf")}";
        Assert.True(UploadMetadata.TryParse(header, out var values, out _));
        Assert.Equal("Bericht März.pdf", values["filename"]);
        Assert.Equal("0194d2c3-0000-7000-8000-000000000001", values["folderId"]);
        Assert.Equal("", values["is_confidential"]);
        Assert.Equal("application/pdf", values["filetype"]);
    }

    [Fact]
    public void No_header_is_no_metadata()
    {
        Assert.True(UploadMetadata.TryParse(null, out var values, out _));
        Assert.Empty(values);
    }

    [Theory]
    [InlineData("filename not*base64", "base64")]
    [InlineData("filename //79", "UTF-8")] // valid base64 of bytes that are not UTF-8
    [InlineData("a YQ==,a Yg==", "twice")]
    [InlineData("a YQ== extra", "pair")]
    [InlineData("a YQ==,,b Yg==", "pair")]
    public void Malformed_headers_are_refused_with_the_reason(string header, string reason)
    {
        Assert.False(UploadMetadata.TryParse(header, out _, out var error));
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_oversized_header_is_refused()
    {
        Assert.False(UploadMetadata.TryParse("k " + new string('A', UploadMetadata.MaxHeaderLength), out _, out var error));
        Assert.Contains("longer", error);
    }

    private static string B64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
