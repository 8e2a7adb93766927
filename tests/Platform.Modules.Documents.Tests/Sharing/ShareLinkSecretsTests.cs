using Platform.Modules.Documents.Features.Sharing.Links;

namespace Platform.Modules.Documents.Tests.Sharing;

public sealed class ShareLinkSecretsTests
{
    [Fact]
    public void A_password_hash_is_salted_verifies_only_the_password_and_names_its_parameters()
    {
        var first = ShareLinkPasswords.Hash("correct horse");
        var second = ShareLinkPasswords.Hash("correct horse");

        Assert.NotEqual(first, second);
        Assert.StartsWith($"pbkdf2-sha256${ShareLinkPasswords.Iterations}$", first, StringComparison.Ordinal);
        Assert.True(ShareLinkPasswords.Iterations >= 100_000);
        Assert.True(ShareLinkPasswords.Verify(first, "correct horse"));
        Assert.True(ShareLinkPasswords.Verify(second, "correct horse"));
        Assert.False(ShareLinkPasswords.Verify(first, "correct horsE"));
        Assert.False(ShareLinkPasswords.Verify(first, ""));
        Assert.False(ShareLinkPasswords.Verify(first, null));
        Assert.False(ShareLinkPasswords.Verify("md5$1$x$y", "correct horse"));
    }

    [Fact]
    public void Tokens_are_256_random_bits_and_only_their_hash_is_kept()
    {
        var token = ShareLinkTokens.Generate();

        Assert.Equal(43, token.Length);
        Assert.NotEqual(token, ShareLinkTokens.Generate());
        Assert.Matches("^[0-9a-f]{64}$", ShareLinkTokens.Hash(token));
        Assert.Equal(ShareLinkTokens.Hash(token), ShareLinkTokens.Hash(token));
    }
}
