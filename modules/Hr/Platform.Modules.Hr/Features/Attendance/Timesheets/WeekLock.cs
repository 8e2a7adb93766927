using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Timesheets;

/// <summary>An approved timesheet locks its week: no clocking or correction may change it afterwards.</summary>
internal static class WeekLock
{
    /// <summary>The Monday of the locked week <paramref name="workDate"/> is in, or null when it is open.</summary>
    public static async Task<DateOnly?> LockedWeekAsync(HrDbContext db, Guid employeeId, DateOnly workDate, CancellationToken cancellationToken)
    {
        var week = Timesheet.WeekOf(workDate);
        var locked = await db.Timesheets.AnyAsync(
            t => t.EmployeeId == employeeId && t.WeekStart == week && t.Status == TimesheetStatus.Approved, cancellationToken);
        return locked ? week : null;
    }
}
