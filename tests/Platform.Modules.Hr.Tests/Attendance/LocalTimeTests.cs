using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Tests.Attendance;

public sealed class LocalTimeTests
{
    private static readonly TimeZoneInfo Berlin = LocalTime.Zone("Europe/Berlin");

    [Fact]
    public void Wall_clock_times_map_to_the_instant_with_the_offset_of_that_day()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), LocalTime.ToInstant(new DateOnly(2026, 1, 15), new TimeOnly(9, 0), Berlin));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 7, 0, 0, TimeSpan.Zero), LocalTime.ToInstant(new DateOnly(2026, 7, 15), new TimeOnly(9, 0), Berlin));
    }

    [Fact]
    public void A_time_skipped_when_clocks_go_forward_lands_after_the_jump()
    {
        // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST. 03:30 CEST is 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), LocalTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin));
    }

    [Fact]
    public void A_time_that_happens_twice_when_clocks_go_back_is_its_first_occurrence()
    {
        // 2026-10-25 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), LocalTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin));
    }

    [Theory]
    [InlineData("Europe/Berlin", 23, "2026-11-17")]
    [InlineData("America/New_York", 3, "2026-11-15")]
    [InlineData("Asia/Tokyo", 15, "2026-11-17")]
    [InlineData("UTC", 23, "2026-11-16")]
    public void The_local_date_depends_on_the_zone(string zone, int utcHour, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            LocalTime.DateOf(new DateTimeOffset(2026, 11, 16, utcHour, 0, 0, TimeSpan.Zero), LocalTime.Zone(zone)));

    [Fact]
    public void No_location_or_an_unknown_zone_is_utc()
    {
        Assert.Equal(TimeZoneInfo.Utc, LocalTime.Zone(null));
        Assert.Equal(TimeZoneInfo.Utc, LocalTime.Zone("Mars/Olympus_Mons"));
    }
}
