using System.Net;
using Platform.Host.Tests.Infrastructure;
using Platform.Host.Tests.Projects.Gantt;

namespace Platform.Host.Tests.Projects.Milestones;

/// <summary>
/// The hourly background evaluation: driven by the host's (fake) clock, a milestone whose date passes is reported
/// Missed without anyone editing anything, and only once however often the loop runs.
/// </summary>
public sealed class MilestoneHealthLoopTests : IDisposable
{
    private PlanHost? _plan;

    public void Dispose() => _plan?.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_milestone_whose_date_passes_is_reported_missed_once_by_the_loop(string provider)
    {
        var plan = _plan = new PlanHost(provider);
        var project = await plan.CreateProjectAsync("LOOP");
        var task = await plan.AddTaskAsync(project, 1, "2026-12-01", "2026-12-01", 1);
        var first = await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Today", date = "2026-12-01", taskIds = new[] { task } }, HttpStatusCode.Created);
        var firstId = first.GetProperty("id").GetGuid();
        Assert.Equal("AtRisk", first.GetProperty("health").GetString()); // its only task is critical, with no day to spare
        Assert.Single(await SlippedAsync(plan, firstId));

        // Midnight passes: the next hourly round finds the date behind it.
        plan.Time.Advance(TimeSpan.FromHours(16));
        var missed = await HttpAssertions.EventuallyAsync(() => SlippedAsync(plan, firstId), events => events.Count == 2, because: "the loop reports the missed milestone");
        Assert.Equal(["AtRisk", "Missed"], missed);
        Assert.Equal("Missed", (await plan.Admin.GetJsonAsync($"/api/projects/milestones/{firstId}")).GetProperty("health").GetString());

        // More rounds report nothing new: a second milestone missed later proves the loop ran again in between.
        var second = await plan.Admin.PostJsonAsync($"/api/projects/projects/{project}/milestones", new { name = "Tomorrow", date = "2026-12-02" }, HttpStatusCode.Created);
        var secondId = second.GetProperty("id").GetGuid();
        plan.Time.Advance(TimeSpan.FromHours(2));
        plan.Time.Advance(TimeSpan.FromDays(1));
        await HttpAssertions.EventuallyAsync(() => SlippedAsync(plan, secondId), events => events.Count == 1, because: "the loop reports the second milestone");
        Assert.Equal(2, (await SlippedAsync(plan, firstId)).Count);
    }

    private static async Task<List<string>> SlippedAsync(PlanHost plan, Guid milestoneId) =>
        [.. (await plan.EventsAsync())
            .Where(e => e.Type == "projects.milestone-slipped.v1" && e.Payload.GetProperty("milestoneId").GetGuid() == milestoneId)
            .Select(e => e.Payload.GetProperty("health").GetString()!)];
}
