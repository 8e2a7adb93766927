namespace Platform.Modules.Projects.Features.Reports;

/// <summary>
/// The state of a project's scope at the end of one day (UTC): how many tasks (and estimate hours) existed, how many
/// were done and how many were left, with the ideal remaining line of a burndown running straight from the first
/// day's remaining work to zero on the last day.
/// </summary>
public sealed record BurnPoint(
    DateOnly Date,
    int ScopeTasks,
    int CompletedTasks,
    int RemainingTasks,
    decimal ScopeHours,
    decimal CompletedHours,
    decimal RemainingHours,
    decimal IdealRemainingTasks,
    decimal IdealRemainingHours);

/// <summary>
/// Daily burndown/burnup series derived from what the tasks record now: a task is in scope from the day it was
/// created and done from the day it was completed (<c>CompletedAt</c>), with its current estimate. What it cannot know,
/// because no history of these fields is kept: a task reopened since counts as never done; a deleted task never
/// existed; a task re-estimated since weighs its new estimate on every day; status changes that did not complete a
/// task are invisible. Summary tasks are skipped (their subtasks carry the work).
/// </summary>
public static class BurnSeries
{
    public const int MaxDays = 731;

    public static IReadOnlyList<BurnPoint> Compute(IReadOnlyList<ReportTask> tasks, DateOnly from, DateOnly to)
    {
        var leaves = tasks.Where(t => !t.IsSummary).ToList();
        // Sorted day-by-day increments, walked once while the days advance: O(n log n + days).
        var created = leaves.Select(t => (Day: DayOf(t.CreatedAt), Hours: t.EstimateHours ?? 0)).OrderBy(c => c.Day).ToList();
        var completed = leaves.Where(t => !t.IsOpen && t.CompletedAt is not null)
            .Select(t => (Day: Max(DayOf(t.CompletedAt!.Value), DayOf(t.CreatedAt)), Hours: t.EstimateHours ?? 0))
            .OrderBy(c => c.Day)
            .ToList();

        var points = new List<BurnPoint>(to.DayNumber - from.DayNumber + 1);
        int scope = 0, done = 0, nextCreated = 0, nextCompleted = 0;
        decimal scopeHours = 0, doneHours = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            for (; nextCreated < created.Count && created[nextCreated].Day <= day; nextCreated++)
            {
                scope++;
                scopeHours += created[nextCreated].Hours;
            }

            for (; nextCompleted < completed.Count && completed[nextCompleted].Day <= day; nextCompleted++)
            {
                done++;
                doneHours += completed[nextCompleted].Hours;
            }

            points.Add(new BurnPoint(day, scope, done, scope - done, scopeHours, doneHours, scopeHours - doneHours, 0, 0));
        }

        return WithIdealLine(points);
    }

    private static List<BurnPoint> WithIdealLine(List<BurnPoint> points)
    {
        if (points.Count == 0)
        {
            return points;
        }

        var first = points[0];
        var steps = points.Count - 1;
        return [.. points.Select((p, i) => p with
        {
            IdealRemainingTasks = Ideal(first.RemainingTasks, i, steps),
            IdealRemainingHours = Ideal(first.RemainingHours, i, steps),
        })];
    }

    private static decimal Ideal(decimal start, int step, int steps) =>
        steps == 0 ? start : Math.Round(start * (steps - step) / steps, 2, MidpointRounding.AwayFromZero);

    private static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
