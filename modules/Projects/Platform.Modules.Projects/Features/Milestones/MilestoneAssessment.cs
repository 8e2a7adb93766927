using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Gantt;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>A milestone's health now, with what it rests on.</summary>
/// <param name="ForecastDate">The latest forecast finish of its open linked tasks, when later than the milestone date.</param>
/// <param name="LateTaskIds">Open linked tasks that finish after the milestone date, or are critical with no working day to spare before it.</param>
public sealed record MilestoneAssessment(MilestoneHealth Health, int Tasks, int DoneTasks, DateOnly? ForecastDate, IReadOnlyList<Guid> LateTaskIds)
{
    /// <summary>
    /// Assesses <paramref name="milestone"/> against the project's plan on <paramref name="today"/> (see
    /// <see cref="MilestoneHealthRule"/>). An open task's finish is its forecast: the later of its due date and the
    /// early finish its dependencies allow (a slipping predecessor pushes it even before anyone reschedules). "No
    /// float left" is measured against the milestone: the task is critical (total float &lt;= 0) and there is no
    /// working day between its forecast finish and the milestone date, so a day's slip of it misses the milestone.
    /// </summary>
    public static MilestoneAssessment Of(Milestone milestone, ProjectPlan plan, DateOnly today)
    {
        var linked = plan.Tasks.Where(t => t.MilestoneId == milestone.Id).ToList();
        var facts = new List<MilestoneTaskFacts>(linked.Count);
        var late = new List<Guid>();
        DateOnly? latest = null;
        foreach (var task in linked)
        {
            if (plan.IsDone(task))
            {
                facts.Add(new MilestoneTaskFacts(true, task.DueDate, false));
                continue;
            }

            // The critical path is computed on first need only: milestones whose tasks are all done need none.
            var scheduled = plan.CriticalPath.Tasks.GetValueOrDefault(task.Id);
            var finish = Later(task.DueDate, scheduled?.EarlyFinish);
            var noSlack = scheduled is { IsCritical: true } && finish is { } f && plan.Calendar.AddWorkingDays(f, 1) > milestone.Date;
            var fact = new MilestoneTaskFacts(false, finish, noSlack);
            facts.Add(fact);
            latest = Later(latest, finish);
            if (fact.Finish > milestone.Date || fact.IsCriticalWithoutFloat)
            {
                late.Add(task.Id);
            }
        }

        var health = MilestoneHealthRule.Evaluate(milestone.Date, milestone.ReachedAt is not null, facts, today);
        return new MilestoneAssessment(health, linked.Count, facts.Count(f => f.IsDone), latest > milestone.Date ? latest : null, late);
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
