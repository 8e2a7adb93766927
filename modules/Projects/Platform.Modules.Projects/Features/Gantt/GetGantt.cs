using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>
/// The Gantt chart of a date window in one answer. Reads the whole project's plan (the critical path is a property
/// of the whole project, and summaries need their descendants), its assignees and milestones: six queries whatever
/// the size, all untracked projections; the window is cut in memory (<see cref="GanttWindow"/>).
/// </summary>
internal static class GetGantt
{
    public const int MaxWindowDays = 1096;
    private const int DefaultWindowDays = 90;

    public static async Task<Results<Ok<GanttDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, DateOnly? from, DateOnly? to, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(from is null || to is null || from <= to, "to", "to must not be before from.");
        errors.Require(from is null || to is null || to.Value.DayNumber - from.Value.DayNumber < MaxWindowDays, "to", $"The window spans at most {MaxWindowDays} days.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var plan = await plans.LoadAsync(db, project, includePending: false, cancellationToken);
        var today = ReadMilestones.Today(time);
        var (windowFrom, windowTo) = WindowOf(plan, from, to, today);
        var selection = GanttWindow.Select(
            [.. plan.Tasks.Select(t => new GanttSpan(t.Id, t.ParentId, t.StartDate, t.DueDate))],
            [.. plan.Links.Select(l => new GanttLinkEnds(l.Id, l.PredecessorId, l.SuccessorId))],
            windowFrom,
            windowTo);
        var assignees = (await db.TaskAssignees.AsNoTracking()
                .Where(a => db.Tasks.Any(t => t.Id == a.TaskId && t.ProjectId == projectId))
                .Select(a => new { a.TaskId, a.Kind, a.PrincipalId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.TaskId, a => new GanttAssigneeDto(a.Kind, a.PrincipalId));
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.ProjectId == projectId && m.Date >= windowFrom && m.Date <= windowTo)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);

        var criticalPath = plan.CriticalPath;
        var tasks = plan.Tasks.Where(t => selection.TaskIds.Contains(t.Id)).Select(t =>
        {
            var scheduled = criticalPath.Tasks.TryGetValue(t.Id, out var s) ? s : null;
            return new GanttTaskDto(
                t.Id, $"{project.Key}-{t.Number}", t.Title, t.StartDate, t.DueDate, t.DurationDays, t.Progress, t.ParentId, t.Mode, t.Status, plan.CategoryOf(t.Status),
                [.. assignees[t.Id]], t.MilestoneId, plan.SummaryIds.Contains(t.Id), scheduled?.IsCritical ?? false, scheduled?.TotalFloatDays);
        }).ToList();
        var linksById = plan.Links.ToDictionary(l => l.Id);
        var dependencies = selection.Links.Select(s =>
        {
            var link = linksById[s.Link.Id];
            return new GanttDependencyDto(link.Id, link.PredecessorId, link.SuccessorId, link.Type, link.LagDays, s.CrossesWindow);
        }).ToList();

        return TypedResults.Ok(new GanttDto(
            project.Id,
            project.Key,
            windowFrom,
            windowTo,
            tasks,
            dependencies,
            [.. milestones.Select(m => new GanttMilestoneDto(m.Id, m.Name, m.Date, MilestoneAssessment.Of(m, plan, today).Health, m.ReachedAt))],
            new GanttCriticalPathDto(criticalPath.CriticalTaskIds, plan.Tasks.Count == 0 ? null : (DateOnly?)criticalPath.ProjectStart, plan.Tasks.Count == 0 ? null : (DateOnly?)criticalPath.ProjectFinish),
            new GanttCalendarDto([.. project.WorkingWeekdays.Days()], NonWorkingDays(plan, windowFrom, windowTo))));
    }

    /// <summary>
    /// The window asked for. A missing start defaults to the project's start date, else its earliest task date, else
    /// 90 days before the given end, else today; a missing end to the project's target date, else its latest task
    /// date, else 90 days after the start. A window made of defaults is capped at <see cref="MaxWindowDays"/>.
    /// </summary>
    private static (DateOnly From, DateOnly To) WindowOf(ProjectPlan plan, DateOnly? from, DateOnly? to, DateOnly today)
    {
        // Min and Max of nullable dates skip the nulls, and are null without any date.
        var earliest = plan.Tasks.Min(t => t.StartDate ?? t.DueDate);
        var latest = plan.Tasks.Max(t => t.DueDate ?? t.StartDate);
        var windowFrom = from ?? plan.Project.StartDate ?? earliest ?? to?.AddDays(-DefaultWindowDays) ?? today;
        var windowTo = to ?? plan.Project.TargetDate ?? latest ?? windowFrom.AddDays(DefaultWindowDays);
        if (windowTo < windowFrom)
        {
            windowTo = windowFrom.AddDays(DefaultWindowDays);
        }

        return (windowFrom, windowTo.DayNumber - windowFrom.DayNumber >= MaxWindowDays ? windowFrom.AddDays(MaxWindowDays - 1) : windowTo);
    }

    private static List<DateOnly> NonWorkingDays(ProjectPlan plan, DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!plan.Calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
