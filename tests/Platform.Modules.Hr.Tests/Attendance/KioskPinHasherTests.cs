using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Tests.Attendance;

public sealed class KioskPinHasherTests
{
    [Theory]
    [InlineData("1234", true)]
    [InlineData("12345678", true)]
    [InlineData("123", false)]
    [InlineData("123456789", false)]
    [InlineData("12a4", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("١٢٣٤", false)] // digits, but not ASCII ones a keypad sends
    public void Pins_are_four_to_eight_ascii_digits(string? pin, bool valid) => Assert.Equal(valid, KioskPinHasher.IsValidPin(pin));

    [Fact]
    public void A_pin_is_stored_salted_and_only_the_same_pin_verifies()
    {
        var first = KioskPinHasher.Hash("4711");
        var second = KioskPinHasher.Hash("4711");
        Assert.NotEqual(first, second); // salted: equal PINs do not show as equal hashes
        Assert.DoesNotContain("4711", first, StringComparison.Ordinal);
        Assert.True(KioskPinHasher.Verify("4711", first));
        Assert.True(KioskPinHasher.Verify("4711", second));
        Assert.False(KioskPinHasher.Verify("4712", first));
        Assert.False(KioskPinHasher.Verify("4711", "not-a-hash"));
    }
}
