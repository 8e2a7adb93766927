namespace Platform.Modules.Projects.Domain.Time;

/// <summary>
/// How logged time moves a task's remaining hours (the rule of Jira's "reduce automatically"): logging time takes it
/// off what remains, never below zero; changing an entry moves remaining by the difference; deleting an entry gives its
/// hours back. A task without remaining hours starts from its estimate less the time already logged; a task with
/// neither an estimate nor remaining hours is left alone, as is one whose remaining hours a person then sets by hand.
/// </summary>
public static class RemainingWork
{
    /// <summary>
    /// The task's remaining hours after logged time changed by <paramref name="deltaMinutes"/> (positive: more logged),
    /// or the current value when nothing is tracked.
    /// </summary>
    /// <param name="remainingHours">The task's remaining hours now.</param>
    /// <param name="estimateHours">The task's estimate.</param>
    /// <param name="loggedMinutesBefore">The minutes logged on the task before this change.</param>
    /// <param name="deltaMinutes">The change in logged minutes.</param>
    public static decimal? After(decimal? remainingHours, decimal? estimateHours, int loggedMinutesBefore, int deltaMinutes)
    {
        var start = remainingHours ?? (estimateHours is { } estimate ? Math.Max(0, estimate - TimeAmount.HoursOf(loggedMinutesBefore)) : null);
        if (start is not { } remaining)
        {
            return null;
        }

        return Math.Max(0, Math.Round(remaining - (deltaMinutes / 60m), 2, MidpointRounding.AwayFromZero));
    }
}
