using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>An open task past its due date.</summary>
public sealed record OverdueTask(Guid Id, string Key, string Title, string Status, DateOnly DueDate, int DaysOverdue, decimal RemainingHours);

/// <summary>Why an open task puts the project's dates at risk.</summary>
public enum RiskReason
{
    /// <summary>Its dependencies let it finish no earlier than after its due date.</summary>
    FinishesAfterDueDate,

    /// <summary>It has no float and finishes after the project's target date, so the project does too.</summary>
    FinishesAfterTargetDate,

    /// <summary>It is on the critical path and already past its due date: every further day delays the project.</summary>
    OverdueOnCriticalPath,
}

/// <summary>An open task late on the critical path, with its scheduled dates and float.</summary>
public sealed record AtRiskTask(
    Guid Id, string Key, string Title, string Status, DateOnly? DueDate, DateOnly EarlyFinish, int TotalFloatDays, bool IsCritical, IReadOnlyList<RiskReason> Reasons);

/// <summary>The overdue and at-risk rules of the reports.</summary>
public static class TaskRiskRules
{
    /// <summary>Open leaf tasks whose due date is before <paramref name="today"/>, most overdue first.</summary>
    public static IReadOnlyList<OverdueTask> Overdue(IReadOnlyList<ReportTask> tasks, DateOnly today) =>
        [.. tasks.Where(t => t.IsOpen && !t.IsSummary && t.DueDate < today)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Number)
            .Select(t => new OverdueTask(t.Id, t.Key, t.Title, t.Status, t.DueDate!.Value, today.DayNumber - t.DueDate!.Value.DayNumber, ProgressCalculator.RemainingOf(t)))];

    /// <summary>
    /// Open leaf tasks late on the critical path (<paramref name="schedule"/> is the critical path computation of the
    /// whole project): those scheduled to finish after their due date; those without float finishing after the
    /// project's target date; critical ones already past their due date. Ordered by early finish.
    /// </summary>
    public static IReadOnlyList<AtRiskTask> AtRisk(IReadOnlyList<ReportTask> tasks, CriticalPath schedule, DateOnly? targetDate, DateOnly today)
    {
        var risks = new List<(int Number, AtRiskTask Risk)>();
        foreach (var task in tasks.Where(t => t.IsOpen && !t.IsSummary))
        {
            if (!schedule.Tasks.TryGetValue(task.Id, out var dates))
            {
                continue;
            }

            var reasons = new List<RiskReason>();
            if (task.DueDate is { } due && dates.EarlyFinish > due)
            {
                reasons.Add(RiskReason.FinishesAfterDueDate);
            }

            if (dates.TotalFloatDays <= 0 && targetDate is { } target && dates.EarlyFinish > target)
            {
                reasons.Add(RiskReason.FinishesAfterTargetDate);
            }

            if (dates.IsCritical && task.DueDate < today)
            {
                reasons.Add(RiskReason.OverdueOnCriticalPath);
            }

            if (reasons.Count > 0)
            {
                risks.Add((task.Number, new AtRiskTask(task.Id, task.Key, task.Title, task.Status, task.DueDate, dates.EarlyFinish, dates.TotalFloatDays, dates.IsCritical, reasons)));
            }
        }

        return [.. risks.OrderBy(r => r.Risk.EarlyFinish).ThenBy(r => r.Number).Select(r => r.Risk)];
    }
}
