using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Clocking;

/// <summary>A new kiosk PIN: 4 to 8 digits.</summary>
public sealed record SetKioskPinRequest(string? Pin = null);

/// <summary>Sets an employee's kiosk PIN (the employee themselves, or HR with hr.attendance.manage); clears any lockout.</summary>
internal static class SetKioskPin
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, SetKioskPinRequest request, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(KioskPinHasher.IsValidPin(request.Pin), "pin", "pin must be 4 to 8 digits.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var self = await access.SelfAsync(cancellationToken);
        if (!access.Has(HrPermissions.AttendanceManage) && self?.Id != id)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        employee.KioskPinHash = KioskPinHasher.Hash(request.Pin!);
        employee.UpdatedAt = time.GetUtcNow();
        if (await db.KioskPinLockouts.FirstOrDefaultAsync(l => l.EmployeeId == id, cancellationToken) is { } lockout)
        {
            db.KioskPinLockouts.Remove(lockout);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
