using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Mspdi;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>MSPDI durations and lags converted to whole working days at 8 hours a day, halves away from zero.</summary>
public sealed class MspdiUnitsTests
{
    [Theory]
    [InlineData(9600, 7, 2)] // 2 days
    [InlineData(-4800, 7, -1)] // negative lags stay negative
    [InlineData(2400, 5, 1)] // 4 hours: half a day rounds up
    [InlineData(-2400, 5, -1)] // and a negative half away from zero
    [InlineData(1800, 5, 0)] // 3 hours
    [InlineData(4800, 3, 1)] // 480 minutes
    [InlineData(24000, 9, 5)] // a week of 40 hours
    [InlineData(96000, 11, 20)] // a month of 20 days
    [InlineData(14400, 39, 3)] // estimated days
    [InlineData(28800, 8, 2)] // 2 elapsed days
    [InlineData(21600, 6, 2)] // 36 elapsed hours: 1.5 days
    [InlineData(14400, 4, 1)] // 1,440 elapsed minutes
    [InlineData(100800, 10, 7)] // an elapsed week
    [InlineData(432000, 12, 30)] // an elapsed month of 30 days
    public void Lags_become_working_days(long linkLag, int format, int days)
    {
        var (converted, error) = MspdiUnits.LagDays(linkLag, format);
        Assert.Null(error);
        Assert.Equal(days, converted);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(20)]
    [InlineData(51)]
    [InlineData(52)]
    [InlineData(99)]
    public void Percentage_and_unknown_lag_formats_are_refused(int format)
    {
        var (_, error) = MspdiUnits.LagDays(500, format);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("PT40H0M0S", 5)]
    [InlineData("PT0H0M0S", 0)]
    [InlineData("PT4H0M0S", 1)]
    [InlineData("PT3H59M0S", 0)]
    [InlineData("PT12H30M0S", 2)]
    [InlineData("P1DT16H0M0S", 5)] // ISO days are 24 hours of working time
    public void Durations_become_working_days(string duration, int days) => Assert.Equal(days, MspdiUnits.DurationDays(duration));

    [Theory]
    [InlineData("five days")]
    [InlineData("")]
    [InlineData("PT")]
    public void Text_that_is_not_a_duration_is_null(string duration) => Assert.Null(MspdiUnits.DurationDays(duration));

    [Fact]
    public void Link_types_map_both_ways_as_MS_Project_numbers_them()
    {
        Assert.Equal(
            [DependencyType.FinishToFinish, DependencyType.FinishToStart, DependencyType.StartToFinish, DependencyType.StartToStart],
            new[] { 0, 1, 2, 3 }.Select(c => MspdiUnits.LinkType(c)!.Value));
        Assert.Null(MspdiUnits.LinkType(4));
        Assert.Equal([0, 1, 2, 3], new[] { DependencyType.FinishToFinish, DependencyType.FinishToStart, DependencyType.StartToFinish, DependencyType.StartToStart }.Select(MspdiUnits.LinkTypeCode));
        Assert.Equal("PT24H0M0S", MspdiUnits.DurationOf(3));
        Assert.Equal(-9600, MspdiUnits.LinkLagOf(-2));
    }
}
