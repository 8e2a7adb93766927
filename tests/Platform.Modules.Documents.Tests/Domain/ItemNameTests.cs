using Platform.Modules.Documents.Domain;

namespace Platform.Modules.Documents.Tests.Domain;

public sealed class ItemNameTests
{
    [Theory]
    [InlineData("../x", "/")]
    [InlineData("a/b", "/")]
    [InlineData("a\\b", "/")]
    [InlineData("nul\0byte", "control")]
    [InlineData("tab\there", "control")]
    [InlineData("zero\u200Bwidth", "invisible")]
    [InlineData("CON", "reserved")]
    [InlineData("con.txt", "reserved")]
    [InlineData("Lpt9.tar.gz", "reserved")]
    [InlineData("..", "'.'")]
    [InlineData("report.", "dot")]
    [InlineData("   ", "required")]
    [InlineData("what?.txt", "?")]
    public void Hostile_names_are_refused_with_the_reason(string raw, string reason)
    {
        Assert.False(ItemName.TryNormalize(raw, out _, out var error));
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Broken_text_is_refused_whether_a_lone_surrogate_or_a_replacement_character()
    {
        Assert.False(ItemName.TryNormalize("broken" + '\ud800' + ".txt", out _, out var lone));
        Assert.Contains("Unicode", lone);
        Assert.False(ItemName.TryNormalize("broken\ufffd.txt", out _, out var replaced));
        Assert.Contains("Unicode", replaced);
    }

    [Fact]
    public void A_name_longer_than_255_characters_is_refused_and_255_is_accepted()
    {
        Assert.False(ItemName.TryNormalize(new string('a', 300), out _, out var error));
        Assert.Contains("255", error);
        Assert.True(ItemName.TryNormalize(new string('a', 255), out var name, out _));
        Assert.Equal(255, name.Length);
    }

    [Fact]
    public void Names_are_NFC_normalised_and_trimmed_so_one_name_typed_two_ways_is_one_name()
    {
        var decomposed = "Cafe\u0301 menu.pdf";
        Assert.True(ItemName.TryNormalize("  " + decomposed + " ", out var name, out _));
        Assert.Equal("Caf\u00e9 menu.pdf", name);
        Assert.True(ItemName.TryNormalize("CAF\u00c9 MENU.PDF", out var upper, out _));
        Assert.Equal(ItemName.KeyOf(name), ItemName.KeyOf(upper));
    }

    [Theory]
    [InlineData("Quarterly report (final).docx")]
    [InlineData("Übersicht 2026 — Entwurf.pdf")]
    [InlineData("CONTRACTS")]
    [InlineData(".gitignore")]
    public void Ordinary_names_pass_unchanged(string raw)
    {
        Assert.True(ItemName.TryNormalize(raw, out var name, out var error), error);
        Assert.Equal(raw, name);
    }
}
