using Platform.Modules.Projects.Features.Reports;
using static Platform.Modules.Projects.Tests.Reports.ReportTasks;

namespace Platform.Modules.Projects.Tests.Reports;

/// <summary>Daily burndown and burnup points from creation and completion days, with the ideal line.</summary>
public sealed class BurnSeriesTests
{
    [Fact]
    public void Scope_grows_with_creation_and_completion_burns_it_down()
    {
        ReportTask[] tasks =
        [
            Task("Done", estimate: 10, created: "2026-11-01", completed: "2026-11-03"),
            Task("ToDo", estimate: 6, created: "2026-11-02"),
            Task("Done", estimate: 4, created: "2026-11-04", completed: "2026-11-04"),
            Task("InProgress", estimate: 100, created: "2026-11-01", summary: true),
        ];

        var points = BurnSeries.Compute(tasks, Day("2026-11-01"), Day("2026-11-05"));

        Assert.Equal(
            [
                ("2026-11-01", 1, 0, 1, 10m, 0m, 10m),
                ("2026-11-02", 2, 0, 2, 16m, 0m, 16m),
                ("2026-11-03", 2, 1, 1, 16m, 10m, 6m),
                ("2026-11-04", 3, 2, 1, 20m, 14m, 6m),
                ("2026-11-05", 3, 2, 1, 20m, 14m, 6m),
            ],
            points.Select(p => (p.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.ScopeTasks, p.CompletedTasks, p.RemainingTasks, p.ScopeHours, p.CompletedHours, p.RemainingHours)));
        Assert.Equal([10m, 7.5m, 5m, 2.5m, 0m], points.Select(p => p.IdealRemainingHours));
        Assert.Equal([1m, 0.75m, 0.5m, 0.25m, 0m], points.Select(p => p.IdealRemainingTasks));
    }

    [Fact]
    public void Work_before_the_range_is_carried_into_its_first_day()
    {
        ReportTask[] tasks = [Task("Done", estimate: 3, created: "2026-10-01", completed: "2026-10-02"), Task("ToDo", estimate: 5, created: "2026-10-01")];
        var point = Assert.Single(BurnSeries.Compute(tasks, Day("2026-11-01"), Day("2026-11-01")));
        Assert.Equal((2, 1, 8m, 5m), (point.ScopeTasks, point.CompletedTasks, point.ScopeHours, point.RemainingHours));
        Assert.Equal(5m, point.IdealRemainingHours);
    }

    [Fact]
    public void A_reopened_task_counts_as_never_done_and_an_import_completed_before_creation_on_its_creation_day()
    {
        ReportTask[] tasks =
        [
            Task("ToDo", estimate: 2, created: "2026-11-01", completed: "2026-11-02"),
            Task("Done", estimate: 1, created: "2026-11-03", completed: "2026-11-01"),
        ];
        var points = BurnSeries.Compute(tasks, Day("2026-11-01"), Day("2026-11-03"));
        Assert.Equal([0, 0, 1], points.Select(p => p.CompletedTasks));
    }
}
