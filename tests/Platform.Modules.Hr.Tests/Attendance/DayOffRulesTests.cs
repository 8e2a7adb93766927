using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Tests.Attendance;

public sealed class DayOffRulesTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);

    [Theory]
    [InlineData(DayPart.FullDay, DayPart.FullDay, DayOff.FullDay)]
    [InlineData(DayPart.Morning, DayPart.Morning, DayOff.Morning)]
    [InlineData(DayPart.Afternoon, DayPart.Afternoon, DayOff.Afternoon)]
    [InlineData(DayPart.Morning, DayPart.FullDay, DayOff.Morning)]
    [InlineData(DayPart.FullDay, DayPart.Afternoon, DayOff.Afternoon)]
    [InlineData(DayPart.Morning, DayPart.Afternoon, DayOff.FullDay)]
    public void A_one_day_request_takes_the_half_it_names(DayPart start, DayPart end, DayOff expected) =>
        Assert.Equal(expected, DayOffRules.Of(Request(Monday, Monday, start, end), Monday));

    [Fact]
    public void A_longer_request_can_start_in_the_afternoon_and_end_in_the_morning()
    {
        var request = Request(Monday, Monday.AddDays(2), DayPart.Afternoon, DayPart.Morning);
        Assert.Equal(DayOff.None, DayOffRules.Of(request, Monday.AddDays(-1)));
        Assert.Equal(DayOff.Afternoon, DayOffRules.Of(request, Monday));
        Assert.Equal(DayOff.FullDay, DayOffRules.Of(request, Monday.AddDays(1)));
        Assert.Equal(DayOff.Morning, DayOffRules.Of(request, Monday.AddDays(2)));
        Assert.Equal(DayOff.None, DayOffRules.Of(request, Monday.AddDays(3)));
    }

    [Theory]
    [InlineData(DayOff.None, DayOff.Morning, DayOff.Morning)]
    [InlineData(DayOff.Afternoon, DayOff.None, DayOff.Afternoon)]
    [InlineData(DayOff.Morning, DayOff.Afternoon, DayOff.FullDay)]
    [InlineData(DayOff.Morning, DayOff.Morning, DayOff.Morning)]
    [InlineData(DayOff.FullDay, DayOff.Morning, DayOff.FullDay)]
    public void A_morning_and_an_afternoon_off_make_the_whole_day(DayOff a, DayOff b, DayOff expected) =>
        Assert.Equal(expected, DayOffRules.Combine(a, b));

    [Fact]
    public void A_half_day_holiday_is_the_afternoon()
    {
        Assert.Equal(DayOff.Afternoon, DayOffRules.Of(new Holiday { Date = Monday, IsHalfDay = true }));
        Assert.Equal(DayOff.FullDay, DayOffRules.Of(new Holiday { Date = Monday }));
    }

    private static LeaveRequest Request(DateOnly start, DateOnly end, DayPart startPart, DayPart endPart) =>
        new() { StartDate = start, EndDate = end, StartPart = startPart, EndPart = endPart, Status = LeaveRequestStatus.Approved };
}
