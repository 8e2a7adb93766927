using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>Builds an employee's <see cref="WorkingDayCalendar"/>: their work week and the holidays of their location's calendar.</summary>
internal sealed class EmployeeWorkingDays(HrDbContext db, IWorkWeekSource workWeeks)
{
    public async Task<WorkingDayCalendar> ForAsync(Employee employee, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var calendarId = employee.LocationId is { } locationId
            ? await db.Locations.AsNoTracking().Where(l => l.Id == locationId).Select(l => l.HolidayCalendarId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var holidays = calendarId is { } id
            ? await db.Holidays.AsNoTracking().Where(h => h.CalendarId == id && h.Date >= from && h.Date <= to).ToDictionaryAsync(h => h.Date, h => h.IsHalfDay, cancellationToken)
            : [];
        var weeks = await workWeeks.WorkingDaysAsync([employee.Id], cancellationToken);
        return new WorkingDayCalendar(weeks.GetValueOrDefault(employee.Id) ?? WorkingDayCalendar.MondayToFriday, holidays);
    }
}
