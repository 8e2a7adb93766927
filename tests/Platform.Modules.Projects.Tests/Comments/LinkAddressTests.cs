using Platform.Modules.Projects.Domain.Comments;

namespace Platform.Modules.Projects.Tests.Comments;

/// <summary>Only absolute http(s) links without credentials are attached; script and local schemes never are.</summary>
public sealed class LinkAddressTests
{
    [Theory]
    [InlineData("https://example.com/spec?v=2#top", "https://example.com/spec?v=2#top")]
    [InlineData("  http://intranet.local/wiki  ", "http://intranet.local/wiki")]
    [InlineData("HTTPS://Example.com", "https://example.com/")]
    public void Http_and_https_addresses_are_accepted_and_normalised(string value, string expected)
    {
        Assert.Equal(expected, LinkAddress.Validate(value, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    [InlineData("example.com")]
    [InlineData("https://user:secret@example.com/")]
    [InlineData("https://exa\nmple.com/")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_addresses_are_refused_with_a_reason(string? value)
    {
        Assert.Null(LinkAddress.Validate(value, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Overlong_addresses_are_refused() =>
        Assert.Null(LinkAddress.Validate("https://example.com/" + new string('a', TaskLink.UrlMaxLength), out _));
}
