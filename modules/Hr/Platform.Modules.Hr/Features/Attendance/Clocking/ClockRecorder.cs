using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Attendance.Timesheets;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>
/// Records a clocking at the current time for the web, API and kiosk alike: checks it follows the previous one
/// (<see cref="ClockRules"/>), places it on its work date (a clock-in on its local date, the rest on the date of the
/// shift they belong to) and refuses weeks whose timesheet is approved.
/// </summary>
internal sealed class ClockRecorder(HrDbContext db, TimeProvider time)
{
    public async Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Employee employee, ClockAction action, EntrySource source, string? recordedBy, CancellationToken cancellationToken)
    {
        if (employee.Status == EmployeeStatus.Left)
        {
            return ApiProblems.Forbidden("The employee has left.", "Employees who have left can no longer clock.");
        }

        var now = time.GetUtcNow();
        var last = await db.AttendanceEntries.AsNoTracking()
            .Where(e => e.EmployeeId == employee.Id)
            .OrderByDescending(e => e.At)
            .FirstOrDefaultAsync(cancellationToken);
        var state = ClockRules.StateAfter(last?.Action);
        if (state != ClockState.Off && action == ClockAction.ClockIn && await IsAbandonedAsync(employee.Id, last!.WorkDate, now, cancellationToken))
        {
            // A shift left open past the longest shift is a forgotten clock-out (reported as an anomaly and fixed by a
            // correction); it must not keep the employee from clocking in today.
            state = ClockState.Off;
        }

        var (_, error) = ClockRules.Apply(state, action);
        var errors = new ValidationErrors();
        if (error is not null)
        {
            errors.Add("action", error);
        }
        else if (last is not null && now < last.At)
        {
            errors.Add("action", $"The last clocking is at {last.At:u}, later than now; clockings cannot go back in time.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var workDate = action == ClockAction.ClockIn
            ? LocalTime.DateOf(now, await EmployeeZone.OfAsync(db, employee, cancellationToken))
            : last!.WorkDate;
        if (await WeekLock.LockedWeekAsync(db, employee.Id, workDate, cancellationToken) is { } week)
        {
            return AttendanceProblems.WeekLocked(week);
        }

        var entry = new AttendanceEntry
        {
            Id = Guid.CreateVersion7(now), EmployeeId = employee.Id, Action = action, At = now, WorkDate = workDate,
            Source = source, RecordedBy = recordedBy, CreatedAt = now,
        };
        db.AttendanceEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/hr/attendance/entries/{entry.Id}", AttendanceEntryDto.From(entry));
    }

    private async Task<bool> IsAbandonedAsync(Guid employeeId, DateOnly workDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var openedAt = await db.AttendanceEntries.AsNoTracking()
            .Where(e => e.EmployeeId == employeeId && e.WorkDate == workDate && e.Action == ClockAction.ClockIn)
            .OrderByDescending(e => e.At)
            .Select(e => (DateTimeOffset?)e.At)
            .FirstOrDefaultAsync(cancellationToken);
        return openedAt is { } at && now - at > AttendanceDayCalculator.MaxOpenShift;
    }
}
