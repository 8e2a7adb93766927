using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Gantt;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>A milestone's health now, with what it rests on.</summary>
/// <param name="ForecastDate">The latest finish of its open linked tasks, when later than the milestone date.</param>
/// <param name="LateTaskIds">Open linked tasks that finish after the milestone date or have no float left on the critical path.</param>
public sealed record MilestoneAssessment(MilestoneHealth Health, int Tasks, int DoneTasks, DateOnly? ForecastDate, IReadOnlyList<Guid> LateTaskIds)
{
    /// <summary>Assesses <paramref name="milestone"/> against the project's plan on <paramref name="today"/> (see <see cref="MilestoneHealthRule"/>).</summary>
    public static MilestoneAssessment Of(Milestone milestone, ProjectPlan plan, DateOnly today)
    {
        var linked = plan.Tasks.Where(t => t.MilestoneId == milestone.Id).ToList();
        var open = linked.Where(t => !plan.IsDone(t)).ToList();
        // The critical path is computed only when an open task could be on it: most milestone reads need none.
        var facts = linked.Select(t => new MilestoneTaskFacts(
            plan.IsDone(t),
            t.DueDate,
            !plan.IsDone(t) && plan.CriticalPath.Tasks.TryGetValue(t.Id, out var s) && s.IsCritical && s.TotalFloatDays <= 0)).ToList();
        var health = MilestoneHealthRule.Evaluate(milestone.Date, milestone.ReachedAt is not null, facts, today);
        var latest = open.Max(t => t.DueDate);
        var late = open.Zip(facts.Where(f => !f.IsDone))
            .Where(pair => pair.Second.Finish > milestone.Date || pair.Second.IsCriticalWithoutFloat)
            .Select(pair => pair.First.Id)
            .ToList();
        return new MilestoneAssessment(health, linked.Count, linked.Count - open.Count, latest > milestone.Date ? latest : null, late);
    }
}
