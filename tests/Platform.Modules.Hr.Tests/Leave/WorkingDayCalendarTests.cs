using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>How many working days a request takes: weekends, holidays, half-day holidays, half-day requests and other work weeks.</summary>
public sealed class WorkingDayCalendarTests
{
    // 2027-03-01 is a Monday.
    private static readonly DateOnly Monday = new(2027, 3, 1);

    private static WorkingDayCalendar MondayToFriday(params (DateOnly Date, bool IsHalfDay)[] holidays) =>
        new(WorkingDayCalendar.MondayToFriday, holidays.ToDictionary(h => h.Date, h => h.IsHalfDay));

    private static LeavePeriod Period(DateOnly start, DateOnly end, DayPart startPart = DayPart.FullDay, DayPart endPart = DayPart.FullDay) => new(start, end, startPart, endPart);

    [Theory]
    [InlineData(0, 0, 1)]   // Monday alone
    [InlineData(0, 4, 5)]   // Monday to Friday
    [InlineData(0, 6, 5)]   // Monday to Sunday: the weekend counts nothing
    [InlineData(5, 6, 0)]   // a weekend alone
    [InlineData(4, 7, 2)]   // Friday to Monday
    [InlineData(0, 13, 10)] // two weeks
    public void Weekends_do_not_count(int startOffset, int endOffset, decimal expected) =>
        Assert.Equal(expected, MondayToFriday().CountDays(Period(Monday.AddDays(startOffset), Monday.AddDays(endOffset))));

    [Fact]
    public void Holidays_do_not_count_and_half_day_holidays_count_half()
    {
        var calendar = MondayToFriday((Monday.AddDays(2), false), (Monday.AddDays(4), true));
        Assert.Equal(3.5m, calendar.CountDays(Period(Monday, Monday.AddDays(4))));
        Assert.Equal(0m, calendar.CountDays(Period(Monday.AddDays(2), Monday.AddDays(2))));
        Assert.Equal(0.5m, calendar.CountDays(Period(Monday.AddDays(4), Monday.AddDays(4))));
    }

    [Fact]
    public void A_holiday_on_a_weekend_changes_nothing() =>
        Assert.Equal(5m, MondayToFriday((Monday.AddDays(5), false)).CountDays(Period(Monday, Monday.AddDays(6))));

    [Theory]
    [InlineData(DayPart.Morning, DayPart.Morning, 0, 0.5)]
    [InlineData(DayPart.Afternoon, DayPart.Afternoon, 0, 0.5)]
    [InlineData(DayPart.Afternoon, DayPart.FullDay, 2, 2.5)]
    [InlineData(DayPart.FullDay, DayPart.Morning, 2, 2.5)]
    [InlineData(DayPart.Afternoon, DayPart.Morning, 2, 2)]
    [InlineData(DayPart.Afternoon, DayPart.Morning, 1, 1)]
    public void Half_days_at_either_end_count_half(DayPart startPart, DayPart endPart, int endOffset, decimal expected) =>
        Assert.Equal(expected, MondayToFriday().CountDays(Period(Monday, Monday.AddDays(endOffset), startPart, endPart)));

    [Fact]
    public void A_half_day_request_on_a_half_day_holiday_counts_half_and_on_a_weekend_nothing()
    {
        var calendar = MondayToFriday((Monday, true));
        Assert.Equal(0.5m, calendar.CountDays(Period(Monday, Monday, DayPart.Morning, DayPart.Morning)));
        Assert.Equal(0m, calendar.CountDays(Period(Monday.AddDays(5), Monday.AddDays(5), DayPart.Morning, DayPart.Morning)));
    }

    [Fact]
    public void Another_work_week_counts_its_own_days()
    {
        // Sunday to Thursday.
        var calendar = new WorkingDayCalendar(
            new HashSet<DayOfWeek> { DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday },
            new Dictionary<DateOnly, bool>());
        Assert.Equal(5m, calendar.CountDays(Period(Monday, Monday.AddDays(6))));
        Assert.Equal(0m, calendar.WorkingShare(Monday.AddDays(4)));
        Assert.Equal(1m, calendar.WorkingShare(Monday.AddDays(6)));
    }
}
