using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Schedules;

/// <summary>
/// The working weekdays leave counts, taken from each employee's work schedule (a four-day week takes a day of leave
/// less for the same dates). Employees without a schedule are left out and count Monday to Friday.
/// </summary>
internal sealed class ScheduleWorkWeek(HrDbContext db) : IWorkWeekSource
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlySet<DayOfWeek>>> WorkingDaysAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken)
    {
        var ids = employeeIds.Distinct().ToList();
        var rows = await db.Employees.AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.WorkScheduleId != null)
            .Select(e => new { e.Id, Days = db.WorkScheduleDays.Where(d => d.ScheduleId == e.WorkScheduleId).Select(d => d.Weekday).ToList() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (IReadOnlySet<DayOfWeek>)r.Days.ToHashSet());
    }
}
