using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>A clocking typed at a kiosk terminal: the employee's number, their PIN and what they do.</summary>
public sealed record KioskClockRequest(string? EmployeeNumber = null, string? Pin = null, ClockAction? Action = null);

/// <summary>
/// Kiosk clocking. The terminal holds hr.attendance.kiosk; the employee proves who they are with their PIN. A wrong PIN
/// or an unknown number get the same answer; after <see cref="KioskPinLockout.MaxFailedAttempts"/> wrong PINs in a row
/// the employee's kiosk clocking is locked for <see cref="KioskPinLockout.LockDuration"/> (a right PIN resets the count).
/// </summary>
internal static class KioskClock
{
    public static async Task<Results<Created<AttendanceEntryDto>, ValidationProblem, ProblemHttpResult>> Handle(
        KioskClockRequest request, HrDbContext db, ClockRecorder recorder, ICurrentUser caller, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.EmployeeNumber), "employeeNumber", "employeeNumber is required.");
        errors.Require(!string.IsNullOrEmpty(request.Pin), "pin", "pin is required.");
        errors.Require(request.Action is not null, "action", "action is required: ClockIn, ClockOut, BreakStart or BreakEnd.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var number = request.EmployeeNumber!.Trim();
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.EmployeeNumber == number, cancellationToken);
        if (employee is null || employee.KioskPinHash is null || employee.Status == EmployeeStatus.Left)
        {
            return AttendanceProblems.WrongPin();
        }

        var now = time.GetUtcNow();
        var lockout = await db.KioskPinLockouts.FirstOrDefaultAsync(l => l.EmployeeId == employee.Id, cancellationToken);
        if (lockout is not null && lockout.IsLocked(now))
        {
            return AttendanceProblems.PinLocked(lockout.LockedUntil!.Value);
        }

        if (!KioskPinHasher.Verify(request.Pin!, employee.KioskPinHash))
        {
            if (lockout is null)
            {
                lockout = new KioskPinLockout { EmployeeId = employee.Id };
                db.KioskPinLockouts.Add(lockout);
            }

            lockout.FailedAttempts++;
            if (lockout.FailedAttempts >= KioskPinLockout.MaxFailedAttempts)
            {
                lockout.FailedAttempts = 0;
                lockout.LockedUntil = now + KioskPinLockout.LockDuration;
            }

            await db.SaveChangesAsync(cancellationToken);
            return AttendanceProblems.WrongPin();
        }

        if (lockout is not null)
        {
            // Saved together with the clocking, or dropped with it when the clocking is refused.
            db.KioskPinLockouts.Remove(lockout);
        }

        return await recorder.RecordAsync(employee, request.Action!.Value, EntrySource.Kiosk, caller.ClientId ?? caller.UserId?.ToString(), cancellationToken);
    }
}
