using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>A task's line: hours per day, Monday first.</summary>
public sealed record TimesheetLineDto(Guid TaskId, Guid ProjectId, string TaskKey, string Title, IReadOnlyList<decimal> Hours, decimal TotalHours, decimal BillableHours);

/// <summary>A day's totals.</summary>
public sealed record TimesheetDayDto(DateOnly Date, decimal Hours, decimal BillableHours);

/// <summary>A person's week of project time.</summary>
public sealed record TimesheetDto(
    Guid UserId, string? DisplayName, string Week, DateOnly From, DateOnly To, IReadOnlyList<TimesheetLineDto> Lines, IReadOnlyList<TimesheetDayDto> Days,
    decimal TotalHours, decimal BillableHours, decimal NonBillableHours);

internal static class Timesheets
{
    /// <summary>
    /// A person's week (ISO week, the current one when omitted): their own in full; for a project manager, the
    /// person's time in the projects they manage; with projects.manage, everything.
    /// </summary>
    public static async Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid userId, string? week, ProjectsDbContext db, ProjectAccess access, IPeopleDirectory people, TimeProvider time, CancellationToken cancellationToken)
    {
        IsoWeek isoWeek;
        if (week is null)
        {
            isoWeek = IsoWeek.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        }
        else if (!IsoWeek.TryParse(week, out isoWeek))
        {
            return new ValidationErrors().Add("week", "week must be an ISO week such as 2026-W48.").ToProblem();
        }

        var entries = db.TimeEntries.AsNoTracking().Where(e => e.UserId == userId && e.Date >= isoWeek.Monday && e.Date <= isoWeek.Sunday);
        if (userId != access.UserId && !access.ManagesAll)
        {
            if (access.UserId is not { } me)
            {
                return TimeProblems.NotTheirManager();
            }

            var managed = db.Projects.Where(p => p.OwnerId == me || db.Members.Any(m => m.ProjectId == p.Id && m.UserId == me && m.Role == ProjectRole.Manager))
                .Select(p => p.Id);
            if (!await managed.AnyAsync(cancellationToken))
            {
                return TimeProblems.NotTheirManager();
            }

            entries = entries.Where(e => managed.Contains(e.ProjectId));
        }

        var rows = await (from e in entries
                          join t in db.Tasks on e.TaskId equals t.Id
                          join p in db.Projects on e.ProjectId equals p.Id
                          select new { e.TaskId, e.ProjectId, e.Date, e.Minutes, e.Billable, p.Key, t.Number, t.Title })
                         .ToListAsync(cancellationToken);
        var tasks = rows.DistinctBy(r => r.TaskId).OrderBy(r => r.Key).ThenBy(r => r.Number).ToList();
        var sheet = WeeklyTimesheet.Build(isoWeek, rows.Select(r => new LoggedTime(r.TaskId, userId, r.Date, r.Minutes, r.Billable)), [.. tasks.Select(t => t.TaskId)]);
        var byTask = tasks.ToDictionary(t => t.TaskId);
        var person = await people.FindPersonAsync(userId, cancellationToken);
        return TypedResults.Ok(new TimesheetDto(
            userId, person?.DisplayName, isoWeek.ToString(), isoWeek.Monday, isoWeek.Sunday,
            [.. sheet.Lines.Select(l => new TimesheetLineDto(
                l.TaskId, byTask[l.TaskId].ProjectId, $"{byTask[l.TaskId].Key}-{byTask[l.TaskId].Number}", byTask[l.TaskId].Title,
                [.. l.MinutesPerDay.Select(TimeAmount.HoursOf)], TimeAmount.HoursOf(l.TotalMinutes), TimeAmount.HoursOf(l.BillableMinutes)))],
            [.. sheet.Days.Select(d => new TimesheetDayDto(d.Date, TimeAmount.HoursOf(d.Minutes), TimeAmount.HoursOf(d.BillableMinutes)))],
            TimeAmount.HoursOf(sheet.TotalMinutes), TimeAmount.HoursOf(sheet.BillableMinutes), TimeAmount.HoursOf(sheet.NonBillableMinutes)));
    }
}
