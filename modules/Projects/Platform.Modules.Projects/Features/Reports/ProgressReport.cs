using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>Tasks and estimate hours of one status or status category.</summary>
public sealed record ProgressBucket(string Key, string Name, TaskStatusCategory Category, int Tasks, decimal EstimateHours, decimal RemainingHours);

/// <summary>How far a project is: counts and estimates by category and by status, and the share done.</summary>
/// <param name="PercentCompleteByCount">Done tasks over all tasks, in percent (one decimal); null without tasks.</param>
/// <param name="PercentCompleteByEstimate">Estimate hours of done tasks over all estimate hours; null when nothing is estimated.</param>
public sealed record ProgressReport(
    int TotalTasks,
    decimal TotalEstimateHours,
    decimal? PercentCompleteByCount,
    decimal? PercentCompleteByEstimate,
    IReadOnlyList<ProgressBucket> ByCategory,
    IReadOnlyList<ProgressBucket> ByStatus);

/// <summary>
/// Computes <see cref="ProgressReport"/>. Only leaf tasks count: a summary task's work is the sum of its subtasks', so
/// counting both would count it twice. Tasks without an estimate count as 0 hours. Remaining hours of an open task
/// are its remaining hours, or its estimate when nobody gave them; a done task has none left.
/// </summary>
public static class ProgressCalculator
{
    public static ProgressReport Compute(IReadOnlyList<ReportTask> tasks, IReadOnlyList<TaskStatusDefinition> statuses)
    {
        var leaves = tasks.Where(t => !t.IsSummary).ToList();
        var byStatus = statuses.OrderBy(s => s.Position)
            .Select(s => Bucket(s.Key, s.Name, s.Category, leaves.Where(t => string.Equals(t.Status, s.Key, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        // A task whose status left the set while it was being read still counts, under its category.
        var known = statuses.Select(s => s.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        byStatus.AddRange(leaves.Where(t => !known.Contains(t.Status)).GroupBy(t => t.Status, StringComparer.OrdinalIgnoreCase)
            .Select(g => Bucket(g.Key, g.Key, g.First().Category, g)));
        var byCategory = Enum.GetValues<TaskStatusCategory>()
            .Select(c => Bucket(c.ToString(), c.ToString(), c, leaves.Where(t => t.Category == c)))
            .ToList();

        var totalHours = leaves.Sum(t => t.EstimateHours ?? 0);
        var done = leaves.Where(t => t.Category == TaskStatusCategory.Done).ToList();
        return new ProgressReport(
            leaves.Count,
            totalHours,
            leaves.Count == 0 ? null : Percent(done.Count, leaves.Count),
            totalHours == 0 ? null : Percent(done.Sum(t => t.EstimateHours ?? 0), totalHours),
            byCategory,
            byStatus);
    }

    /// <summary>Hours of work left on a task: none when done; else its remaining hours, falling back on its estimate.</summary>
    public static decimal RemainingOf(ReportTask task) =>
        task.IsOpen ? task.RemainingHours ?? task.EstimateHours ?? 0 : 0;

    private static ProgressBucket Bucket(string key, string name, TaskStatusCategory category, IEnumerable<ReportTask> tasks)
    {
        var list = tasks.ToList();
        return new ProgressBucket(key, name, category, list.Count, list.Sum(t => t.EstimateHours ?? 0), list.Sum(RemainingOf));
    }

    private static decimal Percent(decimal part, decimal whole) => Math.Round(part * 100 / whole, 1, MidpointRounding.AwayFromZero);
}
