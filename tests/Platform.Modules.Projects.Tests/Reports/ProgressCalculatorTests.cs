using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Reports;
using static Platform.Modules.Projects.Tests.Reports.ReportTasks;

namespace Platform.Modules.Projects.Tests.Reports;

/// <summary>Progress by category and status, counted over leaf tasks only, with both completion percentages.</summary>
public sealed class ProgressCalculatorTests
{
    private static readonly TaskStatusDefinition[] Statuses =
    [
        .. TaskStatusDefinition.Defaults(Guid.Empty),
        new() { Key = "Review", Name = "In review", Category = TaskStatusCategory.InProgress, Position = 5 },
    ];

    [Fact]
    public void Counts_and_hours_by_category_and_status_and_the_share_done()
    {
        ReportTask[] tasks =
        [
            Task("ToDo", estimate: 8),
            Task("ToDo"),
            Task("InProgress", estimate: 10, remaining: 4),
            Task("Review", TaskStatusCategory.InProgress, estimate: 2),
            Task("Done", estimate: 20, remaining: 5),
            Task("Done", estimate: 40, summary: true),
        ];

        var report = ProgressCalculator.Compute(tasks, Statuses);

        Assert.Equal(5, report.TotalTasks);
        Assert.Equal(40m, report.TotalEstimateHours);
        Assert.Equal(20.0m, report.PercentCompleteByCount);
        Assert.Equal(50.0m, report.PercentCompleteByEstimate);
        Assert.Equal(
            [("ToDo", 2, 8m, 8m), ("InProgress", 2, 12m, 6m), ("Done", 1, 20m, 0m)],
            report.ByCategory.Select(b => (b.Key, b.Tasks, b.EstimateHours, b.RemainingHours)));
        Assert.Equal(
            [("ToDo", 2), ("InProgress", 1), ("Done", 1), ("Review", 1)],
            report.ByStatus.Select(b => (b.Key, b.Tasks)));
    }

    [Fact]
    public void An_empty_project_has_no_percentages()
    {
        var report = ProgressCalculator.Compute([], Statuses);
        Assert.Equal((0, (decimal?)null, (decimal?)null), (report.TotalTasks, report.PercentCompleteByCount, report.PercentCompleteByEstimate));
        Assert.All(report.ByStatus, b => Assert.Equal(0, b.Tasks));
    }

    [Fact]
    public void Nothing_estimated_gives_a_count_percentage_only()
    {
        var report = ProgressCalculator.Compute([Task("Done"), Task("ToDo"), Task("ToDo")], Statuses);
        Assert.Equal(33.3m, report.PercentCompleteByCount);
        Assert.Null(report.PercentCompleteByEstimate);
    }
}
