using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Calendars;

namespace Platform.Modules.Projects.Features.Calendar;

/// <summary>
/// Builds a project's working calendar: its working weekdays, minus its own days off and the full-day holidays of the
/// holiday calendar it follows (HR's calendar of an office, when HR is installed). Half-day holidays stay working days:
/// scheduling counts whole days.
/// </summary>
internal sealed class ProjectCalendars(ProjectsDbContext db, IHolidayCalendars holidayCalendars)
{
    // Holidays are few (a dozen a year); reading a calendar's whole useful range once is cheaper than guessing a window.
    private static readonly DateOnly HolidaysFrom = new(1990, 1, 1);
    private static readonly DateOnly HolidaysTo = new(2200, 12, 31);

    public async Task<WorkingCalendar> LoadAsync(Project project, CancellationToken cancellationToken)
    {
        var daysOff = await db.NonWorkingDays.AsNoTracking()
            .Where(d => d.ProjectId == project.Id)
            .Select(d => d.Date)
            .ToListAsync(cancellationToken);
        return await BuildAsync(project.WorkingWeekdays, project.HolidayCalendarId, daysOff, cancellationToken);
    }

    /// <summary>The calendar of the given weekdays, holiday calendar and days off (for a calendar being changed, before it is saved).</summary>
    public async Task<WorkingCalendar> BuildAsync(WorkingWeekdays weekdays, Guid? holidayCalendarId, IEnumerable<DateOnly> daysOff, CancellationToken cancellationToken)
    {
        var dates = daysOff.ToList();
        if (holidayCalendarId is { } calendarId)
        {
            var holidays = await holidayCalendars.GetHolidaysAsync(calendarId, HolidaysFrom, HolidaysTo, cancellationToken);
            dates.AddRange(holidays.Where(h => !h.IsHalfDay).Select(h => h.Date));
        }

        return new WorkingCalendar(weekdays, dates);
    }

    public async Task<WorkingCalendar> LoadAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == projectId, cancellationToken);
        return await LoadAsync(project, cancellationToken);
    }
}
