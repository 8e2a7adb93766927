using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>A milestone whose health changed in an evaluation.</summary>
public sealed record MilestoneHealthChange(Guid MilestoneId, MilestoneHealth From, MilestoneHealth To);

/// <summary>
/// Re-evaluates the milestones of a project and records each change of health on the milestone
/// (<see cref="Milestone.Health"/> is the health last reported), publishing <c>projects.milestone-reached.v1</c> or
/// <c>projects.milestone-slipped.v1</c> once per transition (<see cref="MilestoneHealthRule.TransitionOf"/>). It
/// reads the plan as the context holds it, unsaved changes included, and does not save: a use case that changes
/// tasks calls it before its one SaveChanges, so the change and its milestone events commit together. A milestone
/// with linked tasks gets <see cref="Milestone.ReachedAt"/> when they are all done and loses it when one reopens.
/// </summary>
internal sealed class MilestoneHealthChecker(ProjectPlans plans, TimeProvider time)
{
    public async Task<IReadOnlyList<MilestoneHealthChange>> EvaluateAsync(ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        await db.Milestones.Where(m => m.ProjectId == projectId).LoadAsync(cancellationToken);
        var milestones = db.Milestones.Local.Where(m => m.ProjectId == projectId && db.Entry(m).State != EntityState.Deleted).ToList();
        if (milestones.Count == 0)
        {
            return [];
        }

        var project = db.Projects.Local.FirstOrDefault(p => p.Id == projectId)
            ?? await db.Projects.AsNoTracking().FirstAsync(p => p.Id == projectId, cancellationToken);
        var plan = await plans.LoadAsync(db, project, includePending: true, cancellationToken);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var changes = new List<MilestoneHealthChange>();
        foreach (var milestone in milestones)
        {
            var assessment = MilestoneAssessment.Of(milestone, plan, today);
            SyncReachedAt(milestone, assessment, now);
            var reported = milestone.Health;
            if (reported == assessment.Health)
            {
                continue;
            }

            milestone.Health = assessment.Health;
            milestone.UpdatedAt = now;
            changes.Add(new MilestoneHealthChange(milestone.Id, reported, assessment.Health));
            switch (MilestoneHealthRule.TransitionOf(reported, assessment.Health))
            {
                case MilestoneTransition.Reached:
                    db.PublishEvent(new MilestoneReached(milestone.Id, projectId, milestone.Name, milestone.Date, milestone.ReachedAt ?? now));
                    break;
                case MilestoneTransition.Slipped:
                    db.PublishEvent(new MilestoneSlipped(milestone.Id, projectId, milestone.Name, milestone.Date, assessment.Health.ToString(), assessment.ForecastDate));
                    break;
            }
        }

        return changes;
    }

    private static void SyncReachedAt(Milestone milestone, MilestoneAssessment assessment, DateTimeOffset now)
    {
        // Without tasks, ReachedAt is the mark people set; with tasks it follows them.
        if (assessment.Tasks == 0)
        {
            return;
        }

        if (assessment.Health == MilestoneHealth.Reached && milestone.ReachedAt is null)
        {
            milestone.ReachedAt = now;
        }
        else if (assessment.Health != MilestoneHealth.Reached && milestone.ReachedAt is not null)
        {
            milestone.ReachedAt = null;
        }
    }
}
