using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Tests.Time;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2026-W48", 2026, 11, 23)]
    [InlineData("2026-W01", 2025, 12, 29)]
    [InlineData("2026w53", 2026, 12, 28)]
    [InlineData("2020-W53", 2020, 12, 28)]
    public void Weeks_start_on_their_iso_monday(string text, int year, int month, int day)
    {
        Assert.True(IsoWeek.TryParse(text, out var week));
        Assert.Equal(new DateOnly(year, month, day), week.Monday);
        Assert.Equal(week.Monday.AddDays(6), week.Sunday);
        Assert.Equal(7, week.Days.Count());
    }

    [Theory]
    [InlineData("2025-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-48")]
    [InlineData("W48")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_weeks_and_weeks_a_year_does_not_have_are_refused(string? text) =>
        Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void A_date_knows_its_week_across_the_year_boundary()
    {
        Assert.Equal("2026-W01", IsoWeek.Of(new DateOnly(2025, 12, 31)).ToString());
        Assert.Equal("2026-W53", IsoWeek.Of(new DateOnly(2027, 1, 3)).ToString());
    }
}
