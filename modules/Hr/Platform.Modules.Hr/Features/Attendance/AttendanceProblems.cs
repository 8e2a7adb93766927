using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance;

/// <summary>The attendance area's 403/409/401 answers.</summary>
internal static class AttendanceProblems
{
    public static ProblemHttpResult NoEmployeeRecord() => ApiProblems.Forbidden(
        "Your account has no employee record.",
        "Clocking, corrections and timesheets are for users linked to an employee record; ask HR to link your account.");

    public static ProblemHttpResult WeekLocked(DateOnly weekStart) => ApiProblems.Conflict(
        $"The week of {weekStart:yyyy-MM-dd} is locked.",
        "Its timesheet is approved, so its clockings can no longer change.");

    public static ProblemHttpResult NotTheirApprover() => ApiProblems.Forbidden(
        "You may not decide this.",
        "Corrections and timesheets are decided by a manager above the employee in the reporting chain, or by holders of hr.attendance.manage; never by the employee themselves.");

    public static ProblemHttpResult WrongPin() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Wrong employee number or PIN.",
        detail: $"After {Domain.Attendance.KioskPinLockout.MaxFailedAttempts} wrong PINs in a row, kiosk clocking is locked for {Domain.Attendance.KioskPinLockout.LockDuration.TotalMinutes} minutes.");

    public static ProblemHttpResult PinLocked(DateTimeOffset until) => TypedResults.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Kiosk clocking is locked for this employee.",
        detail: $"Too many wrong PINs; try again after {until:u} or ask HR to set a new PIN.");
}
