using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Tests.Time;

/// <summary>Hours are kept to the minute; timers record the nearest minute and at least one.</summary>
public sealed class TimeAmountTests
{
    [Theory]
    [InlineData("1.5", 90)]
    [InlineData("0.1", 6)]
    [InlineData("0.3333", 20)]
    [InlineData("0.25", 15)]
    [InlineData("0.0084", 1)]
    [InlineData("24", 1440)]
    public void Hours_become_whole_minutes(string hours, int minutes) =>
        Assert.Equal(minutes, TimeAmount.MinutesOf(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.008")]
    [InlineData("24.01")]
    public void Nothing_negative_or_more_than_a_day_is_an_amount(string hours) =>
        Assert.Null(TimeAmount.MinutesOf(decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Minutes_read_back_as_hours_with_four_decimals()
    {
        Assert.Equal(1.5m, TimeAmount.HoursOf(90));
        Assert.Equal(0.3333m, TimeAmount.HoursOf(20));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(20, 1)]
    [InlineData(89, 1)]
    [InlineData(90, 2)]
    [InlineData(3_600 + 29, 60)]
    [InlineData(3_600 + 30, 61)]
    public void Timers_round_to_the_nearest_minute_and_record_at_least_one(int seconds, int minutes) =>
        Assert.Equal(minutes, TimeAmount.TimerMinutes(TimeSpan.FromSeconds(seconds)));
}
