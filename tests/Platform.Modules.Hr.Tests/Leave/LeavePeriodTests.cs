using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>Half-day rules and overlap at half-day precision.</summary>
public sealed class LeavePeriodTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);

    [Theory]
    [InlineData(0, DayPart.FullDay, DayPart.FullDay, true)]
    [InlineData(0, DayPart.Morning, DayPart.Morning, true)]
    [InlineData(0, DayPart.Afternoon, DayPart.Afternoon, true)]
    [InlineData(0, DayPart.Morning, DayPart.Afternoon, false)]
    [InlineData(0, DayPart.FullDay, DayPart.Morning, false)]
    [InlineData(2, DayPart.Afternoon, DayPart.Morning, true)]
    [InlineData(2, DayPart.FullDay, DayPart.FullDay, true)]
    [InlineData(2, DayPart.Morning, DayPart.FullDay, false)]
    [InlineData(2, DayPart.FullDay, DayPart.Afternoon, false)]
    public void Parts_must_describe_one_period(int days, DayPart startPart, DayPart endPart, bool valid) =>
        Assert.Equal(valid, new LeavePeriod(Day, Day.AddDays(days), startPart, endPart).PartProblem() is null);

    [Theory]
    [InlineData(0, 0, DayPart.Morning, DayPart.Morning, 0, 0, DayPart.Afternoon, DayPart.Afternoon, false)]
    [InlineData(0, 0, DayPart.Morning, DayPart.Morning, 0, 0, DayPart.Morning, DayPart.Morning, true)]
    [InlineData(0, 0, DayPart.FullDay, DayPart.FullDay, 0, 0, DayPart.Afternoon, DayPart.Afternoon, true)]
    [InlineData(0, 2, DayPart.FullDay, DayPart.Morning, 2, 4, DayPart.Afternoon, DayPart.FullDay, false)]
    [InlineData(0, 2, DayPart.FullDay, DayPart.FullDay, 2, 4, DayPart.Afternoon, DayPart.FullDay, true)]
    [InlineData(0, 2, DayPart.FullDay, DayPart.FullDay, 3, 4, DayPart.FullDay, DayPart.FullDay, false)]
    [InlineData(0, 9, DayPart.FullDay, DayPart.FullDay, 3, 4, DayPart.FullDay, DayPart.FullDay, true)]
    public void Overlap_is_at_half_day_precision(
        int aStart, int aEnd, DayPart aStartPart, DayPart aEndPart, int bStart, int bEnd, DayPart bStartPart, DayPart bEndPart, bool overlaps)
    {
        var a = new LeavePeriod(Day.AddDays(aStart), Day.AddDays(aEnd), aStartPart, aEndPart);
        var b = new LeavePeriod(Day.AddDays(bStart), Day.AddDays(bEnd), bStartPart, bEndPart);
        Assert.Equal(overlaps, a.Overlaps(b));
        Assert.Equal(overlaps, b.Overlaps(a));
    }
}
