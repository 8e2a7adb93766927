using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Gantt;

namespace Platform.Host.Tests.Projects.Reports;

/// <summary>
/// The reports on a hand-built project, today being Tuesday 1 December 2026 and the target date Friday 4 December:
/// <code>
///   #1 Done        10 h   created Nov 2, completed Nov 4
///   #2 InProgress   6 h   2 h remaining, created Nov 2
///   #3 summary of #4 and #5 (100 h, never counted), created Nov 3
///   #4 ToDo         4 h   created Nov 3, due Nov 20 (overdue by 11 days)
///   #5 ToDo         –     created Nov 5
///   #6 InProgress   8 h   manual Dec 1 – Dec 3, created Nov 6
///   #7 ToDo         4 h   automatic, planned Dec 1 – Dec 2 but FS after #6: forecast Dec 4 – Dec 7, past its due date and the target
/// </code>
/// </summary>
public sealed class ReportApiTests : IDisposable
{
    private PlanHost? _plan;

    public void Dispose() => _plan?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reports_match_the_hand_computed_numbers(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("RPT", target: "2026-12-04");
        var t1 = await plan.AddTaskAsync(project, 1, status: "Done", estimate: 10, created: "2026-11-02", completed: "2026-11-04");
        await plan.AddTaskAsync(project, 2, status: "InProgress", estimate: 6, remaining: 2, created: "2026-11-02");
        var summary = await plan.AddTaskAsync(project, 3, estimate: 100, created: "2026-11-03");
        var t4 = await plan.AddTaskAsync(project, 4, "2026-11-20", "2026-11-20", 1, estimate: 4, created: "2026-11-03", parentId: summary);
        await plan.AddTaskAsync(project, 5, created: "2026-11-05", parentId: summary);
        var t6 = await plan.AddTaskAsync(project, 6, "2026-12-01", "2026-12-03", 3, status: "InProgress", mode: "Manual", estimate: 8, created: "2026-11-06");
        var t7 = await plan.AddTaskAsync(project, 7, "2026-12-01", "2026-12-02", 2, estimate: 4, created: "2026-11-06");
        await plan.AddDependencyAsync(project, t6, t7);
        var reports = $"/api/projects/projects/{project}/reports";

        var progress = await plan.Admin.GetJsonAsync($"{reports}/progress");
        Assert.Equal((6, 32m, 16.7m, 31.3m), (progress.GetProperty("totalTasks").GetInt32(), progress.GetProperty("totalEstimateHours").GetDecimal(),
            progress.GetProperty("percentCompleteByCount").GetDecimal(), progress.GetProperty("percentCompleteByEstimate").GetDecimal()));
        Assert.Equal(
            [("ToDo", 3, 8m, 8m), ("InProgress", 2, 14m, 10m), ("Done", 1, 10m, 0m)],
            progress.GetProperty("byCategory").EnumerateArray().Select(b => (b.GetProperty("key").GetString(), b.GetProperty("tasks").GetInt32(), b.GetProperty("estimateHours").GetDecimal(), b.GetProperty("remainingHours").GetDecimal())));
        Assert.Equal([("ToDo", 3), ("InProgress", 2), ("Done", 1)], progress.GetProperty("byStatus").EnumerateArray().Select(b => (b.GetProperty("key").GetString(), b.GetProperty("tasks").GetInt32())));

        var burndown = await plan.Admin.GetJsonAsync($"{reports}/burndown?from=2026-11-02&to=2026-11-06");
        Assert.Equal(
            [(2, 16m, 16m), (3, 20m, 12m), (2, 10m, 8m), (3, 10m, 4m), (5, 22m, 0m)],
            burndown.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("remainingTasks").GetInt32(), p.GetProperty("remainingHours").GetDecimal(), p.GetProperty("idealRemainingHours").GetDecimal())));
        var burnup = await plan.Admin.GetJsonAsync($"{reports}/burnup?from=2026-11-02&to=2026-11-06");
        Assert.Equal(
            [(0, 2, 16m), (0, 3, 20m), (1, 3, 20m), (1, 4, 20m), (1, 6, 32m)],
            burnup.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("completedTasks").GetInt32(), p.GetProperty("scopeTasks").GetInt32(), p.GetProperty("scopeHours").GetDecimal())));
        Assert.Equal("2026-11-06", burnup.GetProperty("points")[4].GetProperty("date").GetString());

        var overdue = await plan.Admin.GetJsonAsync($"{reports}/overdue");
        var late = Assert.Single(overdue.GetProperty("tasks").EnumerateArray());
        Assert.Equal((t4, "RPT-4", 11, 4m), (late.GetProperty("id").GetGuid(), late.GetProperty("key").GetString(), late.GetProperty("daysOverdue").GetInt32(), late.GetProperty("remainingHours").GetDecimal()));

        var atRisk = await plan.Admin.GetJsonAsync($"{reports}/at-risk");
        Assert.Equal(("2026-12-04", "2026-12-07"), (atRisk.GetProperty("targetDate").GetString(), atRisk.GetProperty("forecastFinish").GetString()));
        var risky = Assert.Single(atRisk.GetProperty("tasks").EnumerateArray());
        Assert.Equal((t7, "2026-12-07", 0, true), (risky.GetProperty("id").GetGuid(), risky.GetProperty("earlyFinish").GetString(), risky.GetProperty("totalFloatDays").GetInt32(), risky.GetProperty("isCritical").GetBoolean()));
        Assert.Equal(["FinishesAfterDueDate", "FinishesAfterTargetDate"], risky.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        await Milestone(plan, project, "Spec", "2026-11-10", t1);
        await Milestone(plan, project, "Kickoff", "2026-11-25");
        await Milestone(plan, project, "Release", "2026-12-04", t6, t7);
        var milestones = await plan.Admin.GetJsonAsync($"{reports}/milestones");
        Assert.Equal((0, 1, 1, 1), (milestones.GetProperty("onTrack").GetInt32(), milestones.GetProperty("atRisk").GetInt32(), milestones.GetProperty("reached").GetInt32(), milestones.GetProperty("missed").GetInt32()));
        Assert.Equal(
            [("Spec", "Reached", 0, 100m), ("Kickoff", "Missed", 6, (decimal?)null), ("Release", "AtRisk", 3, 0m)],
            milestones.GetProperty("milestones").EnumerateArray().Select(m => (m.GetProperty("name").GetString(), m.GetProperty("health").GetString(), m.GetProperty("daysLate").GetInt32(),
                m.GetProperty("percentDone").ValueKind == JsonValueKind.Null ? (decimal?)null : m.GetProperty("percentDone").GetDecimal())));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reports_export_as_csv_and_refuse_bad_parameters(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("CSV");
        var hostile = await plan.AddTaskAsync(project, 1, "2026-11-20", "2026-11-20", 1, estimate: 4.5m, created: "2026-11-03");
        await plan.UpdateTaskAsync(hostile, new Dictionary<string, object?> { ["Title"] = "=SUM(A1), \"quoted\"" });
        await plan.AddTaskAsync(project, 2, created: "2026-11-03");
        var reports = $"/api/projects/projects/{project}/reports";

        // A title a spreadsheet would run as a formula is defused; commas and quotes are quoted.
        var overdue = await plan.Admin.GetAsync($"{reports}/overdue?format=csv");
        Assert.Equal(HttpStatusCode.OK, overdue.StatusCode);
        Assert.Equal("text/csv", overdue.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Key,Title,Status,DueDate,DaysOverdue,RemainingHours\r\nCSV-1,\"'=SUM(A1), \"\"quoted\"\"\",ToDo,2026-11-20,11,4.5\r\n", await overdue.Content.ReadAsStringAsync());

        var progress = await plan.Admin.GetStringAsync($"{reports}/progress?format=csv");
        Assert.StartsWith("Group,Key,Name,Category,Tasks,EstimateHours,RemainingHours\r\ncategory,ToDo,ToDo,ToDo,2,4.5,4.5\r\n", progress);
        Assert.EndsWith("total,,,,2,4.5,4.5\r\n", progress);

        var burnup = await plan.Admin.GetStringAsync($"{reports}/burnup?from=2026-11-03&to=2026-11-04&format=csv");
        Assert.Equal("Date,CompletedTasks,CompletedHours,ScopeTasks,ScopeHours\r\n2026-11-03,0,0,2,4.5\r\n2026-11-04,0,0,2,4.5\r\n", burnup);

        var bad = await plan.Admin.GetJsonAsync($"{reports}/burndown?from=2026-12-01&to=2026-11-01&format=pdf", HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("to", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("format", out _));
        await plan.Admin.GetJsonAsync($"{reports}/burnup?from=2020-01-01&to=2026-11-01", HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Time_is_grouped_by_person_task_and_iso_week(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("TIM");
        var design = await plan.AddTaskAsync(project, 1);
        var build = await plan.AddTaskAsync(project, 2);
        var other = await plan.Host.CreateUserAsync("time-other", Platform.Sdk.Security.BuiltInRoles.Employee);
        await plan.AddTimeEntryAsync(project, design, plan.AdminId, "2026-11-23", 120, billable: true);
        await plan.AddTimeEntryAsync(project, build, plan.AdminId, "2026-11-29", 90, billable: false);
        await plan.AddTimeEntryAsync(project, build, other, "2026-11-30", 360, billable: true);
        await plan.AddTimeEntryAsync(project, design, other, "2026-12-01", 15, billable: false);
        await plan.AddTimeEntryAsync(project, design, other, "2026-11-01", 480, billable: true); // before the default 28 days
        var time = $"/api/projects/projects/{project}/reports/time";

        var byPerson = await plan.Admin.GetJsonAsync(time);
        Assert.Equal(("2026-11-04", "2026-12-01", 9.75m, 8m), (byPerson.GetProperty("from").GetString(), byPerson.GetProperty("to").GetString(),
            byPerson.GetProperty("totalHours").GetDecimal(), byPerson.GetProperty("billableHours").GetDecimal()));
        Assert.Equal(
            [(other.ToString(), 6.25m, 6m, 2), (plan.AdminId.ToString(), 3.5m, 2m, 2)],
            byPerson.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("hours").GetDecimal(), r.GetProperty("billableHours").GetDecimal(), r.GetProperty("entries").GetInt32())));
        Assert.All(byPerson.GetProperty("rows").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("label").GetString())));

        var byTask = await plan.Admin.GetJsonAsync($"{time}?groupBy=task&from=2026-11-01&to=2026-12-06");
        Assert.Equal([("TIM-1 Task 1", 10.25m), ("TIM-2 Task 2", 7.5m)], byTask.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("label").GetString(), r.GetProperty("hours").GetDecimal())));

        var byWeek = await plan.Admin.GetStringAsync($"{time}?groupBy=week&from=2026-11-23&to=2026-12-06&format=csv");
        Assert.Equal("Week,Label,Hours,BillableHours,Entries\r\n2026-W48,2026-11-23 to 2026-11-29,3.5,2,2\r\n2026-W49,2026-11-30 to 2026-12-06,6.25,6,2\r\n", byWeek);

        var bad = await plan.Admin.GetJsonAsync($"{time}?groupBy=month&from=2025-01-01", HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("groupBy", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("to", out _));
    }

    private static async Task Milestone(PlanHost plan, Guid project, string name, string date, params Guid[] taskIds) =>
        await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name, date, taskIds }, HttpStatusCode.Created);
}
