using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Keeps the plan consistent after a task changed: when its dates, duration, mode or parent changed (or it was
/// deleted) the rescheduler moves the automatic successors, and the project's milestones are re-evaluated, so a task
/// finishing or slipping publishes milestone-reached or milestone-slipped. Nothing is saved here: the edit, its
/// rescheduling and the milestone events commit together in the caller's single SaveChanges.
/// </summary>
internal sealed class TaskPlanSync(TaskRescheduler rescheduler, MilestoneHealthChecker milestones)
{
    /// <param name="db">The caller's unit of work.</param>
    /// <param name="projectId">The project changed.</param>
    /// <param name="reschedule">Whether dates, durations, links or the hierarchy changed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="calendar">The project's calendar when the caller is changing it in the same unit of work.</param>
    public async Task AfterChangeAsync(ProjectsDbContext db, Guid projectId, bool reschedule, CancellationToken cancellationToken, WorkingCalendar? calendar = null)
    {
        if (reschedule)
        {
            await rescheduler.RescheduleAsync(db, projectId, ScheduleDirection.Forward, calendar, cancellationToken);
        }

        await milestones.EvaluateAsync(db, projectId, cancellationToken);
    }
}
