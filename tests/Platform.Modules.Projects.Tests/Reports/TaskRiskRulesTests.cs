using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Features.Reports;
using static Platform.Modules.Projects.Tests.Reports.ReportTasks;

namespace Platform.Modules.Projects.Tests.Reports;

/// <summary>Overdue tasks, and open tasks late on the critical path.</summary>
public sealed class TaskRiskRulesTests
{
    private static readonly DateOnly Today = Day("2026-11-20");

    [Fact]
    public void Overdue_are_open_leaf_tasks_due_before_today_most_overdue_first()
    {
        var late = Task("InProgress", estimate: 8, remaining: 3, due: Day("2026-11-18"));
        var later = Task("ToDo", estimate: 4, due: Day("2026-11-10"));
        ReportTask[] tasks =
        [
            late, later,
            Task("ToDo", due: Today),
            Task("Done", due: Day("2026-11-01")),
            Task("ToDo", due: Day("2026-11-01"), summary: true),
            Task("ToDo"),
        ];

        var overdue = TaskRiskRules.Overdue(tasks, Today);

        Assert.Equal([(later.Id, 10, 4m), (late.Id, 2, 3m)], overdue.Select(o => (o.Id, o.DaysOverdue, o.RemainingHours)));
    }

    [Fact]
    public void At_risk_are_open_tasks_late_against_their_due_date_or_the_target_without_float()
    {
        var pushed = Task("ToDo", due: Day("2026-11-25"));
        var pastTarget = Task("ToDo", due: Day("2026-12-10"));
        var overdueCritical = Task("InProgress", due: Day("2026-11-19"));
        var floating = Task("ToDo", due: Day("2026-12-10"));
        var done = Task("Done", due: Day("2026-11-25"));
        var unscheduled = Task("ToDo", due: Day("2026-11-01"));
        var schedule = new CriticalPath(
            new Dictionary<Guid, TaskSchedule>
            {
                [pushed.Id] = Schedule(pushed.Id, "2026-11-27", 3, critical: false),
                [pastTarget.Id] = Schedule(pastTarget.Id, "2026-12-10", 0, critical: true),
                [overdueCritical.Id] = Schedule(overdueCritical.Id, "2026-11-19", 0, critical: true),
                [floating.Id] = Schedule(floating.Id, "2026-12-10", 4, critical: false),
                [done.Id] = Schedule(done.Id, "2026-11-30", 0, critical: true),
            },
            [pastTarget.Id, overdueCritical.Id],
            Day("2026-11-02"),
            Day("2026-12-10"));

        var risks = TaskRiskRules.AtRisk([pushed, pastTarget, overdueCritical, floating, done, unscheduled], schedule, Day("2026-12-01"), Today);

        Assert.Equal(
            [
                (overdueCritical.Id, (RiskReason[])[RiskReason.OverdueOnCriticalPath]),
                (pushed.Id, [RiskReason.FinishesAfterDueDate]),
                (pastTarget.Id, [RiskReason.FinishesAfterTargetDate]),
            ],
            risks.Select(r => (r.Id, r.Reasons.ToArray())));
    }

    private static TaskSchedule Schedule(Guid id, string finish, int floatDays, bool critical) =>
        new(id, Day(finish), Day(finish), Day(finish).AddDays(floatDays), Day(finish).AddDays(floatDays), floatDays, critical);
}
