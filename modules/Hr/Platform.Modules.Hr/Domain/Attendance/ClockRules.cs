namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Where an employee stands between clockings.</summary>
public enum ClockState
{
    Off,
    Working,
    OnBreak,
}

/// <summary>
/// The order clockings must follow: clock in, then any number of breaks (start, end), then clock out. Everything else
/// (clocking out before clocking in, clocking in twice, a break outside a shift) is refused with the reason.
/// </summary>
internal static class ClockRules
{
    /// <summary>The state after <paramref name="action"/>, or the reason it is not allowed in <paramref name="state"/>.</summary>
    public static (ClockState Next, string? Error) Apply(ClockState state, ClockAction action) => (state, action) switch
    {
        (ClockState.Off, ClockAction.ClockIn) => (ClockState.Working, null),
        (_, ClockAction.ClockIn) => (state, "Already clocked in: clock out before clocking in again."),
        (ClockState.Working, ClockAction.ClockOut) => (ClockState.Off, null),
        (ClockState.OnBreak, ClockAction.ClockOut) => (state, "On a break: end the break before clocking out."),
        (ClockState.Off, ClockAction.ClockOut) => (state, "Not clocked in: a clock-out needs a clock-in before it."),
        (ClockState.Working, ClockAction.BreakStart) => (ClockState.OnBreak, null),
        (ClockState.OnBreak, ClockAction.BreakStart) => (state, "Already on a break."),
        (ClockState.Off, ClockAction.BreakStart) => (state, "A break can only start during a shift: clock in first."),
        (ClockState.OnBreak, ClockAction.BreakEnd) => (ClockState.Working, null),
        (_, ClockAction.BreakEnd) => (state, "No break is in progress."),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>The state after the last clocking (Off when there is none).</summary>
    public static ClockState StateAfter(ClockAction? last) => last switch
    {
        ClockAction.ClockIn or ClockAction.BreakEnd => ClockState.Working,
        ClockAction.BreakStart => ClockState.OnBreak,
        _ => ClockState.Off,
    };

    /// <summary>The first problem in a shift's clockings taken in time order, or null when they follow the rules.</summary>
    public static string? FirstError(IEnumerable<ClockAction> actionsInOrder)
    {
        var state = ClockState.Off;
        foreach (var action in actionsInOrder)
        {
            (state, var error) = Apply(state, action);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }
}
