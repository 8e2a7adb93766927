using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Days;

/// <summary>One employee's computed days over a range, with their totals.</summary>
public sealed record EmployeeAttendance(Guid EmployeeId, string EmployeeNumber, string Name, string TimeZone, IReadOnlyList<AttendanceDay> Days, AttendanceTotals Totals);

/// <summary>The rows a range of attendance days depends on, loaded once for many employees.</summary>
internal sealed record AttendanceSources(
    IReadOnlyDictionary<Guid, WorkSchedule> Schedules,
    IReadOnlyDictionary<Guid, Location> Locations,
    IReadOnlyDictionary<(Guid CalendarId, DateOnly Date), Holiday> Holidays,
    ILookup<Guid, LeaveRequest> ApprovedLeave,
    ILookup<(Guid EmployeeId, DateOnly WorkDate), ClockEvent> Clockings);

/// <summary>
/// Loads what attendance depends on (schedules, locations, holidays, approved leave, clockings) for a set of employees
/// and a date range in a handful of queries, then computes every day in memory.
/// </summary>
internal sealed class AttendanceDaysQuery(HrDbContext db, TimeProvider time)
{
    /// <summary>Longest range one request computes.</summary>
    public const int MaxRangeDays = 62;

    /// <param name="allEmployees">The employees are everyone: the per-employee filters are left out of the queries.</param>
    public async Task<IReadOnlyList<EmployeeAttendance>> ComputeAsync(
        IReadOnlyList<Employee> employees, DateOnly from, DateOnly to, bool allEmployees, CancellationToken cancellationToken) =>
        employees.Count == 0 ? [] : Compute(employees, from, to, await LoadAsync(employees, from, to, allEmployees, cancellationToken));

    public async Task<AttendanceSources> LoadAsync(
        IReadOnlyList<Employee> employees, DateOnly from, DateOnly to, bool allEmployees, CancellationToken cancellationToken)
    {
        var ids = employees.Select(e => e.Id).ToList();
        var scheduleIds = employees.Where(e => e.WorkScheduleId is not null).Select(e => e.WorkScheduleId!.Value).Distinct().ToList();
        var schedules = await db.WorkSchedules.AsNoTracking().Include(s => s.Days)
            .Where(s => scheduleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var locationIds = employees.Where(e => e.LocationId is not null).Select(e => e.LocationId!.Value).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var calendarIds = locations.Values.Where(l => l.HolidayCalendarId is not null).Select(l => l.HolidayCalendarId!.Value).Distinct().ToList();
        var holidays = (await db.Holidays.AsNoTracking()
                .Where(h => calendarIds.Contains(h.CalendarId) && h.Date >= from && h.Date <= to).ToListAsync(cancellationToken))
            .ToDictionary(h => (h.CalendarId, h.Date));

        var leaveQuery = db.LeaveRequests.AsNoTracking()
            .Where(r => r.Status == LeaveRequestStatus.Approved && r.StartDate <= to && r.EndDate >= from);
        var entryQuery = db.AttendanceEntries.AsNoTracking().Where(e => e.WorkDate >= from && e.WorkDate <= to);
        if (!allEmployees)
        {
            leaveQuery = leaveQuery.Where(r => ids.Contains(r.EmployeeId));
            entryQuery = entryQuery.Where(e => ids.Contains(e.EmployeeId));
        }

        var leave = (await leaveQuery.ToListAsync(cancellationToken)).ToLookup(r => r.EmployeeId);
        // Only the columns the rules use: a month of a large company is many rows.
        var entries = (await entryQuery.Select(e => new { e.EmployeeId, e.WorkDate, e.Action, e.At }).ToListAsync(cancellationToken))
            .ToLookup(e => (e.EmployeeId, e.WorkDate), e => new ClockEvent(e.Action, e.At));
        return new AttendanceSources(schedules, locations, holidays, leave, entries);
    }

    public IReadOnlyList<EmployeeAttendance> Compute(IReadOnlyList<Employee> employees, DateOnly from, DateOnly to, AttendanceSources sources)
    {
        var now = time.GetUtcNow();
        var result = new List<EmployeeAttendance>(employees.Count);
        foreach (var employee in employees)
        {
            var location = employee.LocationId is { } locationId ? sources.Locations.GetValueOrDefault(locationId) : null;
            var zone = LocalTime.Zone(location?.TimeZoneId);
            var schedule = employee.WorkScheduleId is { } scheduleId ? sources.Schedules.GetValueOrDefault(scheduleId) : null;
            var leave = sources.ApprovedLeave[employee.Id].ToList();
            var days = new List<AttendanceDay>((to.DayNumber - from.DayNumber) + 1);
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                var holiday = location?.HolidayCalendarId is { } calendarId ? sources.Holidays.GetValueOrDefault((calendarId, date)) : null;
                var leaveOff = DayOff.None;
                foreach (var request in leave)
                {
                    leaveOff = DayOffRules.Combine(leaveOff, DayOffRules.Of(request, date));
                }

                // Before the start date and after the last day nothing is expected of the employee.
                var employed = date >= employee.StartDate && (employee.EndDate is null || date <= employee.EndDate);
                var input = new AttendanceDayInput(date, zone, employed ? schedule : null, leaveOff, holiday, [.. sources.Clockings[(employee.Id, date)]]);
                days.Add(AttendanceDayCalculator.Compute(input, now));
            }

            result.Add(new EmployeeAttendance(employee.Id, employee.EmployeeNumber, employee.DisplayName, zone.Id, days, AttendanceTotals.Of(days)));
        }

        return result;
    }
}
