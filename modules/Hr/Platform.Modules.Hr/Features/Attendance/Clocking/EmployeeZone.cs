using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

internal static class EmployeeZone
{
    /// <summary>The time zone of the employee's location (UTC without one): it decides which day a clocking belongs to.</summary>
    public static async Task<TimeZoneInfo> OfAsync(HrDbContext db, Employee employee, CancellationToken cancellationToken)
    {
        if (employee.LocationId is not { } locationId)
        {
            return TimeZoneInfo.Utc;
        }

        var zoneId = await db.Locations.Where(l => l.Id == locationId).Select(l => l.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        return LocalTime.Zone(zoneId);
    }
}
