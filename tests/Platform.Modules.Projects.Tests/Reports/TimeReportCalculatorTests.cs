using Platform.Modules.Projects.Features.Reports;
using static Platform.Modules.Projects.Tests.Reports.ReportTasks;

namespace Platform.Modules.Projects.Tests.Reports;

/// <summary>Logged hours grouped by person, task and ISO week, inside the range only.</summary>
public sealed class TimeReportCalculatorTests
{
    private static readonly Guid Ada = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Design = Guid.CreateVersion7();
    private static readonly Guid Build = Guid.CreateVersion7();

    private static readonly TimeFact[] Entries =
    [
        new(Design, Ada, Day("2026-11-23"), 2m, true),
        new(Build, Ada, Day("2026-11-29"), 1.5m, false),
        new(Build, Bob, Day("2026-11-30"), 6m, true),
        new(Design, Bob, Day("2026-12-01"), 0.25m, false),
        new(Design, Bob, Day("2026-12-09"), 8m, true), // outside the range
    ];

    [Fact]
    public void By_person_most_hours_first_with_billable_split_and_totals()
    {
        var report = Compute(TimeGrouping.Person);
        Assert.Equal((9.75m, 8m), (report.TotalHours, report.BillableHours));
        Assert.Equal([("Bob", 6.25m, 6m, 2), ("Ada", 3.5m, 2m, 2)], report.Rows.Select(r => (r.Label, r.Hours, r.BillableHours, r.Entries)));
        Assert.Equal(Bob.ToString(), report.Rows[0].Key);
    }

    [Fact]
    public void By_task()
    {
        var report = Compute(TimeGrouping.Task);
        Assert.Equal([("WEB-2 Build", 7.5m), ("WEB-1 Design", 2.25m)], report.Rows.Select(r => (r.Label, r.Hours)));
    }

    [Fact]
    public void By_iso_week_in_calendar_order()
    {
        var report = Compute(TimeGrouping.Week);
        Assert.Equal(
            [("2026-W48", "2026-11-23 to 2026-11-29", 3.5m), ("2026-W49", "2026-11-30 to 2026-12-06", 6.25m)],
            report.Rows.Select(r => (r.Key, r.Label, r.Hours)));
    }

    [Theory]
    [InlineData("2025-12-29", "2026-W01")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2026-11-26", "2026-W48")]
    public void Week_keys_follow_iso_8601(string date, string week) => Assert.Equal(week, TimeReportCalculator.WeekKey(Day(date)));

    private static TimeReport Compute(TimeGrouping groupBy) =>
        TimeReportCalculator.Compute(Entries, Day("2026-11-23"), Day("2026-12-06"), groupBy, id => id == Ada ? "Ada" : "Bob", id => id == Design ? "WEB-1 Design" : "WEB-2 Build");
}
