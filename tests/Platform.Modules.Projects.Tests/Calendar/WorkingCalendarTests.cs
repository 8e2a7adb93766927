using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Tests.Calendar;

/// <summary>Working days as scheduling counts them: weekdays, holidays and project days off.</summary>
public sealed class WorkingCalendarTests
{
    // 2026-12-24 is a Thursday; 25 and 26 are holidays here, 26-27 are a weekend.
    private static readonly WorkingCalendar Christmas = new(WorkingWeekdays.MondayToFriday, [new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 31)]);

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.True(Christmas.IsWorkingDay(new DateOnly(2026, 12, 24)));
        Assert.False(Christmas.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(Christmas.IsWorkingDay(new DateOnly(2026, 12, 26)));
        Assert.Equal(new DateOnly(2026, 12, 28), Christmas.NextWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.Equal(new DateOnly(2026, 12, 24), Christmas.PreviousWorkingDay(new DateOnly(2026, 12, 27)));
    }

    [Theory]
    [InlineData("2026-12-24", 1, "2026-12-28")]
    [InlineData("2026-12-24", 3, "2026-12-30")]
    [InlineData("2026-12-24", 4, "2027-01-01")]
    [InlineData("2026-12-28", -2, "2026-12-23")]
    [InlineData("2026-12-26", 0, "2026-12-28")]
    public void Adding_working_days_skips_days_off(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Christmas.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void A_task_of_three_days_from_Christmas_Eve_finishes_after_the_holidays()
    {
        Assert.Equal(new DateOnly(2026, 12, 29), Christmas.FinishFor(new DateOnly(2026, 12, 24), 3));
        Assert.Equal(3, Christmas.WorkingDaysBetween(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 29)));
        Assert.Equal(new DateOnly(2026, 12, 24), Christmas.FinishFor(new DateOnly(2026, 12, 24), 0));
    }

    [Fact]
    public void A_six_day_week_works_saturdays()
    {
        var calendar = new WorkingCalendar(WorkingWeekdays.MondayToFriday | WorkingWeekdays.Saturday, []);
        Assert.Equal(new DateOnly(2026, 11, 28), calendar.AddWorkingDays(new DateOnly(2026, 11, 27), 1));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(WorkingWeekdays.None, []));
    }
}
