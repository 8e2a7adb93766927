namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// Automatic scheduling of a project's tasks over its working calendar. Dates are whole working days, Finish inclusive;
/// a task of D &gt;= 1 days starting on working day S finishes on S + (D - 1) working days, a task of 0 days is a
/// milestone (Start == Finish). Manual tasks keep their dates and still constrain their successors; summary tasks
/// (tasks with children) take their dates from their descendants. Link rules: see <see cref="SchedulableLink"/>.
/// </summary>
public static class ProjectScheduler
{
    /// <summary>
    /// Forward scheduling (as soon as possible): each automatic task starts on the earliest working day all its
    /// predecessors (and those of its summaries) allow, never before <paramref name="projectStart"/>. An automatic task
    /// that nothing constrains keeps its own start (or takes the project's start when it has none, or when its own is
    /// earlier). Returns the dates of every task; manual tasks' are their own.
    /// </summary>
    public static IReadOnlyDictionary<Guid, TaskDates> Forward(
        IReadOnlyList<SchedulableTask> tasks, IReadOnlyList<SchedulableLink> links, WorkingCalendar calendar, DateOnly projectStart)
    {
        var problem = SchedulingProblem.Create(tasks, links, calendar);
        var (start, end) = SchedulePasses.Forward(problem, calendar.OrdinalOnOrAfter(projectStart), keepFixed: true);
        return problem.DatesOf(start, end);
    }

    /// <summary>
    /// Backward planning (as late as possible): each automatic task finishes on the latest working day all its
    /// successors (and those of its summaries) allow, never after <paramref name="projectFinish"/>; a milestone is dated
    /// no later than <paramref name="projectFinish"/> either, so the work before a final milestone ends the working day
    /// before it. Returns the dates of every task; manual tasks' are their own.
    /// </summary>
    public static IReadOnlyDictionary<Guid, TaskDates> Backward(
        IReadOnlyList<SchedulableTask> tasks, IReadOnlyList<SchedulableLink> links, WorkingCalendar calendar, DateOnly projectFinish)
    {
        var problem = SchedulingProblem.Create(tasks, links, calendar);
        var lastDay = calendar.OrdinalOnOrBefore(projectFinish);
        var (start, end) = SchedulePasses.Backward(problem, finishLimit: lastDay + 1, milestoneLimit: lastDay, keepFixed: true);
        return problem.DatesOf(start, end);
    }
}
