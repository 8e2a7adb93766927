using System.Net;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Projects.Gantt;

/// <summary>
/// The Gantt endpoint on a hand-computed project (Monday to Friday, Tuesday 15 December off):
/// <code>
///   S  summary of A and B                         Dec 7 – Dec 14
///   A  3 days                                     Dec 7 – Dec 9    critical
///   B  3 days, FS after A                         Dec 10 – Dec 14  critical (Fri 11, Mon 14)
///   C  1 day,  FS after A                         Dec 10           float 2 (Fri 11, Mon 14)
///   D  2 days, FS after B and after C             Dec 16 – Dec 17  critical (the 15th is off)
///   U  no dates                                   not drawn
///   milestones: M0 Dec 4 (outside the window), M1 Dec 17 with D (critical, no day to spare: AtRisk), M2 Dec 31 (OnTrack)
/// </code>
/// The window Dec 14 – Dec 31 shows S (its own dates and its child B), B and D; A→B and C→D cross its edge.
/// </summary>
public sealed class GanttApiTests : IDisposable
{
    private PlanHost? _plan;

    public void Dispose() => _plan?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_window_holds_its_tasks_links_milestones_calendar_and_the_whole_projects_critical_path(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("GNT");
        await plan.AddNonWorkingDayAsync(project, "2026-12-15");
        var s = await plan.AddTaskAsync(project, 1, "2026-12-07", "2026-12-14", 6);
        var a = await plan.AddTaskAsync(project, 2, "2026-12-07", "2026-12-09", 3, parentId: s);
        var b = await plan.AddTaskAsync(project, 3, "2026-12-10", "2026-12-14", 3, parentId: s, status: "InProgress");
        var c = await plan.AddTaskAsync(project, 4, "2026-12-10", "2026-12-10", 1);
        var d = await plan.AddTaskAsync(project, 5, "2026-12-16", "2026-12-17", 2);
        await plan.AddTaskAsync(project, 6);
        await plan.AddDependencyAsync(project, a, b);
        await plan.AddDependencyAsync(project, a, c);
        await plan.AddDependencyAsync(project, b, d);
        await plan.AddDependencyAsync(project, c, d, lag: 0);
        await Milestone(plan, project, "M0", "2026-12-04");
        var m1 = await Milestone(plan, project, "M1", "2026-12-17", d);
        var m2 = await Milestone(plan, project, "M2", "2026-12-31");

        var gantt = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/gantt?from=2026-12-14&to=2026-12-31");

        Assert.Equal(("2026-12-14", "2026-12-31"), (gantt.GetProperty("from").GetString(), gantt.GetProperty("to").GetString()));
        var tasks = gantt.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetGuid());
        Assert.Equal(new HashSet<Guid> { s, b, d }, tasks.Keys.ToHashSet());
        var bar = tasks[b];
        Assert.Equal(
            ("GNT-3", "2026-12-10", "2026-12-14", 3, s, "InProgress", "InProgress", true, 0, false),
            (bar.GetProperty("key").GetString(), bar.GetProperty("start").GetString(), bar.GetProperty("finish").GetString(), bar.GetProperty("durationDays").GetInt32(),
                bar.GetProperty("parentId").GetGuid(), bar.GetProperty("status").GetString(), bar.GetProperty("statusCategory").GetString(), bar.GetProperty("isCritical").GetBoolean(),
                bar.GetProperty("totalFloatDays").GetInt32(), bar.GetProperty("isSummary").GetBoolean()));
        Assert.True(tasks[s].GetProperty("isSummary").GetBoolean());
        Assert.Equal(("Automatic", "ToDo", m1), (tasks[d].GetProperty("mode").GetString(), tasks[d].GetProperty("statusCategory").GetString(), tasks[d].GetProperty("milestoneId").GetGuid()));
        Assert.Equal(0, tasks[d].GetProperty("assignees").GetArrayLength());

        var links = gantt.GetProperty("dependencies").EnumerateArray()
            .Select(l => (l.GetProperty("predecessorId").GetGuid(), l.GetProperty("successorId").GetGuid(), l.GetProperty("crossesWindow").GetBoolean()))
            .ToHashSet();
        Assert.Equal(new HashSet<(Guid, Guid, bool)> { (a, b, true), (b, d, false), (c, d, true) }, links);
        Assert.Equal("FinishToStart", gantt.GetProperty("dependencies")[0].GetProperty("type").GetString());

        Assert.Equal(
            [(m1, "M1", "AtRisk"), (m2, "M2", "OnTrack")],
            gantt.GetProperty("milestones").EnumerateArray().Select(m => (m.GetProperty("id").GetGuid(), m.GetProperty("name").GetString(), m.GetProperty("health").GetString())));

        var path = gantt.GetProperty("criticalPath");
        Assert.Equal([a, b, d], path.GetProperty("taskIds").EnumerateArray().Select(t => t.GetGuid()));
        Assert.Equal(("2026-12-07", "2026-12-17"), (path.GetProperty("projectStart").GetString(), path.GetProperty("projectFinish").GetString()));

        var calendar = gantt.GetProperty("calendar");
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], calendar.GetProperty("workingWeekdays").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(["2026-12-15", "2026-12-19", "2026-12-20", "2026-12-26", "2026-12-27"], calendar.GetProperty("nonWorkingDays").EnumerateArray().Select(w => w.GetString()));

        // The first week: A and C (with its float of two working days), and S above A.
        var early = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/gantt?from=2026-12-07&to=2026-12-10");
        var first = early.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetGuid());
        Assert.Equal(new HashSet<Guid> { s, a, b, c }, first.Keys.ToHashSet());
        Assert.Equal((2, false), (first[c].GetProperty("totalFloatDays").GetInt32(), first[c].GetProperty("isCritical").GetBoolean()));

        // No window given: the span of the project's tasks; the task without dates is never drawn.
        var whole = await plan.Admin.GetJsonAsync($"/api/projects/projects/{project}/gantt");
        Assert.Equal(("2026-12-07", "2026-12-17"), (whole.GetProperty("from").GetString(), whole.GetProperty("to").GetString()));
        Assert.Equal(5, whole.GetProperty("tasks").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_windows_are_refused_naming_the_field(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("WIN");
        var url = $"/api/projects/projects/{project}/gantt";
        Assert.True((await plan.Admin.GetJsonAsync($"{url}?from=2026-12-10&to=2026-12-01", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.True((await plan.Admin.GetJsonAsync($"{url}?from=2020-01-01&to=2026-12-01", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _));
        Assert.True((await plan.Admin.GetJsonAsync($"{url}?from=someday", HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("from", out _));
        await plan.Admin.GetJsonAsync($"/api/projects/projects/{Guid.NewGuid()}/gantt", HttpStatusCode.NotFound);

        var empty = await plan.Admin.GetJsonAsync(url);
        Assert.Equal(0, empty.GetProperty("tasks").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("criticalPath").GetProperty("projectFinish").ValueKind);
    }

    private static async Task<Guid> Milestone(PlanHost plan, Guid project, string name, string date, params Guid[] taskIds) =>
        (await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name, date, taskIds }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
