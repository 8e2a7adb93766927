using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Timesheets;

internal static class TimesheetWeek
{
    /// <summary>Timesheet weeks start on Monday.</summary>
    public static ValidationProblem? CheckWeekStart(DateOnly weekStart) =>
        weekStart.DayOfWeek == DayOfWeek.Monday
            ? null
            : new ValidationErrors().Add("weekStart", $"weekStart must be a Monday; {weekStart:yyyy-MM-dd} is a {weekStart.DayOfWeek}.").ToProblem();

    public static async Task<TimesheetDto> ComputeAsync(
        Employee employee, DateOnly weekStart, Timesheet? stored, AttendanceDaysQuery days, CancellationToken cancellationToken)
    {
        var computed = (await days.ComputeAsync([employee], weekStart, weekStart.AddDays(6), allEmployees: false, cancellationToken)).Single();
        return new TimesheetDto(
            employee.Id, employee.EmployeeNumber, employee.DisplayName, weekStart, stored?.Status ?? TimesheetStatus.Open, computed.Days, computed.Totals,
            stored?.SubmittedAt, stored?.DecidedBy, stored?.DecidedAt, stored?.DecisionNote);
    }

    public static Task<Timesheet?> FindAsync(HrDbContext db, Guid employeeId, DateOnly weekStart, CancellationToken cancellationToken) =>
        db.Timesheets.FirstOrDefaultAsync(t => t.EmployeeId == employeeId && t.WeekStart == weekStart, cancellationToken);
}
