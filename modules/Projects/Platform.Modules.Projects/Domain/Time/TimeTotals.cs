namespace Platform.Modules.Projects.Domain.Time;

/// <summary>A task's time against its estimate.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="EstimateHours">Its estimate, if any.</param>
/// <param name="RemainingHours">What remains, if tracked.</param>
/// <param name="LoggedMinutes">All time logged on it.</param>
/// <param name="BillableMinutes">The billable part.</param>
public sealed record TaskTime(Guid TaskId, decimal? EstimateHours, decimal? RemainingHours, int LoggedMinutes, int BillableMinutes)
{
    /// <summary>
    /// Logged plus remaining, less the estimate: positive when the task will take more than estimated, negative when
    /// less; null without an estimate. A task without remaining hours counts as having none left.
    /// </summary>
    public decimal? VarianceHours => EstimateHours is { } estimate ? TimeAmount.HoursOf(LoggedMinutes) + (RemainingHours ?? 0) - estimate : null;
}

/// <summary>A person's time in a project.</summary>
public sealed record PersonTime(Guid UserId, int LoggedMinutes, int BillableMinutes);

/// <summary>The time of a project: per task against estimates, per person, and in total.</summary>
public sealed record TimeTotals(IReadOnlyList<TaskTime> Tasks, IReadOnlyList<PersonTime> People, decimal EstimateHours, decimal RemainingHours, int LoggedMinutes, int BillableMinutes)
{
    /// <summary>
    /// Totals over <paramref name="tasks"/> (id, estimate, remaining) and their <paramref name="entries"/>. Tasks with
    /// neither an estimate nor logged time are left out: they say nothing about time.
    /// </summary>
    public static TimeTotals Compute(IEnumerable<(Guid TaskId, decimal? EstimateHours, decimal? RemainingHours)> tasks, IReadOnlyCollection<LoggedTime> entries)
    {
        var byTask = entries.GroupBy(e => e.TaskId).ToDictionary(g => g.Key, g => (Logged: g.Sum(e => e.Minutes), Billable: g.Where(e => e.Billable).Sum(e => e.Minutes)));
        var taskTimes = tasks
            .Select(t => (t, logged: byTask.GetValueOrDefault(t.TaskId)))
            .Where(p => p.t.EstimateHours is not null || p.logged.Logged > 0)
            .Select(p => new TaskTime(p.t.TaskId, p.t.EstimateHours, p.t.RemainingHours, p.logged.Logged, p.logged.Billable))
            .ToList();
        var people = entries
            .GroupBy(e => e.UserId)
            .Select(g => new PersonTime(g.Key, g.Sum(e => e.Minutes), g.Where(e => e.Billable).Sum(e => e.Minutes)))
            .OrderByDescending(p => p.LoggedMinutes).ThenBy(p => p.UserId)
            .ToList();
        return new TimeTotals(
            taskTimes, people, taskTimes.Sum(t => t.EstimateHours ?? 0), taskTimes.Sum(t => t.RemainingHours ?? 0),
            entries.Sum(e => e.Minutes), entries.Where(e => e.Billable).Sum(e => e.Minutes));
    }
}
