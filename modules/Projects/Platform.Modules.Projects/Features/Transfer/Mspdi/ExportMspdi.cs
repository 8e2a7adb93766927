using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// A project as an MS Project XML file: its tasks in outline order (UIDs 1… in that order), their links, and each
/// milestone as a zero-duration task with Milestone=1 at the end, whose predecessor links are the tasks linked to it
/// (finish-to-start, no lag). The calendar holds the project's working weekdays and its own days off (not the holidays
/// of the holiday calendar it follows, which MS Project users keep in their own calendars).
/// </summary>
internal static class ExportMspdi
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid projectId, ProjectsDbContext db, ProjectAccess access, ProjectCalendars calendars, CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var set = await ProjectTaskSet.LoadAsync(db, project.Id, cancellationToken);
        var calendar = await calendars.LoadAsync(project, cancellationToken);
        var daysOff = await db.NonWorkingDays.AsNoTracking().Where(d => d.ProjectId == project.Id).OrderBy(d => d.Date).ToListAsync(cancellationToken);

        var tasks = set.Tasks.Select(t => new MspdiTask(
            set.Rows[t.Id], t.Title, t.ParentId is { } p && set.Rows.TryGetValue(p, out var parent) ? parent : null, t.StartDate, t.DueDate,
            t.DurationDays ?? (t.StartDate is { } s && t.DueDate is { } d ? calendar.WorkingDaysBetween(s, d) : 0),
            false, t.Progress, t.SchedulingMode == SchedulingMode.Manual, t.Description,
            set.Predecessors[t.Id].Select(l => new MspdiLink(set.Rows[l.PredecessorId], l.Type, l.LagDays)).OrderBy(l => l.PredecessorUid).ToList())).ToList();
        var uid = tasks.Count;
        foreach (var milestone in set.Milestones)
        {
            var linked = set.Tasks.Where(t => t.MilestoneId == milestone.Id).Select(t => new MspdiLink(set.Rows[t.Id], DependencyType.FinishToStart, 0)).ToList();
            tasks.Add(new MspdiTask(++uid, milestone.Name, null, milestone.Date, milestone.Date, 0, true, milestone.ReachedAt is null ? 0 : 100, false, milestone.Description, linked));
        }

        var file = new MspdiProject(project.Name, new MspdiCalendar([.. project.WorkingWeekdays.Days()], [.. daysOff.Select(d => new MspdiDayOff(d.Date, d.Name))]), tasks);
        return TypedResults.File(MspdiWriter.Write(file, project.StartDate), "application/xml", $"{project.Key}.xml");
    }
}
