using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Calendars;

namespace Platform.Modules.Hr.Features.Holidays;

/// <summary>
/// HR's holiday calendars for every module (Projects plans in working days with them). A calendar names the offices
/// (locations) that follow it. One instance serves all callers: each call works in its own scope with its own context.
/// </summary>
internal sealed class HrHolidayCalendars(ILifetimeScope root) : IHolidayCalendars
{
    public async Task<IReadOnlyList<HolidayCalendarSummary>> ListAsync(CancellationToken cancellationToken) =>
        await SummariesAsync(null, cancellationToken);

    public async Task<HolidayCalendarSummary?> FindAsync(Guid calendarId, CancellationToken cancellationToken) =>
        (await SummariesAsync(calendarId, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<PublicHoliday>> GetHolidaysAsync(Guid calendarId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        return await db.Holidays.AsNoTracking()
            .Where(h => h.CalendarId == calendarId && h.Date >= from && h.Date <= to)
            .OrderBy(h => h.Date)
            .Select(h => new PublicHoliday(h.Date, h.Name, h.IsHalfDay))
            .ToListAsync(cancellationToken);
    }

    private async Task<List<HolidayCalendarSummary>> SummariesAsync(Guid? only, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        var calendars = await db.HolidayCalendars.AsNoTracking()
            .Where(c => only == null || c.Id == only)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken);
        var ids = calendars.Select(c => c.Id).ToList();
        var locations = await db.Locations.AsNoTracking()
            .Where(l => l.HolidayCalendarId != null && ids.Contains(l.HolidayCalendarId.Value))
            .OrderBy(l => l.Name)
            .Select(l => new { CalendarId = l.HolidayCalendarId!.Value, l.Name })
            .ToListAsync(cancellationToken);
        return calendars
            .Select(c => new HolidayCalendarSummary(c.Id, c.Name, locations.Where(l => l.CalendarId == c.Id).Select(l => l.Name).ToList()))
            .ToList();
    }
}
