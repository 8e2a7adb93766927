using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Attendance.Anomalies;

/// <summary>One employee's reported anomalies of a day.</summary>
public sealed record ReportedAnomaly(Guid EmployeeId, string EmployeeNumber, DateOnly Date, AttendanceStatus Status, IReadOnlyList<string> Kinds);

/// <summary>
/// Finds the attendance anomalies of a date (absent without leave, missing clock-out) for every employee still
/// employed on it, and publishes hr.attendance-anomaly.v1 once per employee and day: a report row written in the same
/// transaction as the event marks the day as reported, so later runs skip it.
/// </summary>
internal sealed class AnomalyCheck(HrDbContext db, AttendanceDaysQuery days, TimeProvider time)
{
    public async Task<IReadOnlyList<ReportedAnomaly>> RunAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.Status != EmployeeStatus.Left && e.StartDate <= date && (e.EndDate == null || e.EndDate >= date))
            .OrderBy(e => e.EmployeeNumber)
            .ToListAsync(cancellationToken);
        var reported = (await db.AttendanceAnomalyReports.AsNoTracking().Where(r => r.Date == date).Select(r => r.EmployeeId).ToListAsync(cancellationToken))
            .ToHashSet();
        var computed = await days.ComputeAsync(employees, date, date, allEmployees: true, cancellationToken);
        var managers = employees.ToDictionary(e => e.Id, e => e.ManagerId);

        var now = time.GetUtcNow();
        var found = new List<ReportedAnomaly>();
        foreach (var employee in computed)
        {
            var day = employee.Days[0];
            if (day.Anomalies.Count == 0 || reported.Contains(employee.EmployeeId))
            {
                continue;
            }

            db.AttendanceAnomalyReports.Add(new AttendanceAnomalyReport
            {
                EmployeeId = employee.EmployeeId, Date = date, Kinds = string.Join(',', day.Anomalies), ReportedAt = now,
            });
            db.PublishEvent(new AttendanceAnomalyDetected(employee.EmployeeId, employee.EmployeeNumber, managers[employee.EmployeeId], date, day.Status.ToString(), day.Anomalies));
            found.Add(new ReportedAnomaly(employee.EmployeeId, employee.EmployeeNumber, date, day.Status, day.Anomalies));
        }

        if (found.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return found;
    }
}
