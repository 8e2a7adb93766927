using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>Touches the <see cref="EmployeeLeaveYear"/> anchor so that the surrounding SaveChanges conflicts with any concurrent one.</summary>
internal static class LeaveYearLock
{
    public static async Task TouchAsync(HrDbContext db, Guid employeeId, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var anchor = await db.EmployeeLeaveYears.FirstOrDefaultAsync(y => y.EmployeeId == employeeId && y.Year == year, cancellationToken);
        if (anchor is null)
        {
            // Two first writes racing for the same year both insert: the unique index makes the loser fail.
            db.EmployeeLeaveYears.Add(new EmployeeLeaveYear { Id = Guid.CreateVersion7(now), EmployeeId = employeeId, Year = year, UpdatedAt = now });
            return;
        }

        anchor.UpdatedAt = now;
        // Marked modified even when the time did not move, so that the version check always runs.
        db.Entry(anchor).State = EntityState.Modified;
    }
}
