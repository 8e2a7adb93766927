using Platform.Modules.Hr.Domain.Attendance;
using static Platform.Modules.Hr.Domain.Attendance.ClockAction;

namespace Platform.Modules.Hr.Tests.Attendance;

public sealed class ClockRulesTests
{
    public static TheoryData<ClockAction[]> ValidSequences => new()
    {
        Array.Empty<ClockAction>(),
        new[] { ClockIn },
        new[] { ClockIn, ClockOut },
        new[] { ClockIn, BreakStart, BreakEnd, ClockOut },
        new[] { ClockIn, BreakStart, BreakEnd, BreakStart, BreakEnd, ClockOut, ClockIn, ClockOut },
        new[] { ClockIn, BreakStart },
    };

    [Theory]
    [MemberData(nameof(ValidSequences))]
    public void Clockings_in_the_order_of_a_shift_are_accepted(ClockAction[] actions) =>
        Assert.Null(ClockRules.FirstError(actions));

    [Theory]
    [InlineData(new[] { ClockOut }, "Not clocked in")]
    [InlineData(new[] { ClockIn, ClockIn }, "Already clocked in")]
    [InlineData(new[] { BreakStart }, "A break can only start during a shift")]
    [InlineData(new[] { ClockIn, BreakEnd }, "No break is in progress")]
    [InlineData(new[] { ClockIn, BreakStart, BreakStart }, "Already on a break")]
    [InlineData(new[] { ClockIn, BreakStart, ClockOut }, "end the break before clocking out")]
    [InlineData(new[] { ClockIn, ClockOut, ClockOut }, "Not clocked in")]
    [InlineData(new[] { ClockIn, ClockOut, BreakEnd }, "No break is in progress")]
    public void Clockings_out_of_order_are_refused_with_the_reason(ClockAction[] actions, string reason) =>
        Assert.Contains(reason, ClockRules.FirstError(actions));

    [Theory]
    [InlineData(null, ClockState.Off)]
    [InlineData(ClockIn, ClockState.Working)]
    [InlineData(BreakStart, ClockState.OnBreak)]
    [InlineData(BreakEnd, ClockState.Working)]
    [InlineData(ClockOut, ClockState.Off)]
    public void The_state_follows_from_the_last_clocking(ClockAction? last, ClockState expected) =>
        Assert.Equal(expected, ClockRules.StateAfter(last));
}
