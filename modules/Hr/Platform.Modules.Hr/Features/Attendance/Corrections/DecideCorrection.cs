using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Attendance.Timesheets;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Corrections;

/// <summary>
/// A manager above the employee (hr.attendance.team) or HR (hr.attendance.manage) approves a pending correction, which
/// applies it to the clockings in the same transaction, or rejects it. Corrections outside the caller's scope are 404.
/// </summary>
internal static class DecideCorrection
{
    public static Task<Results<Ok<CorrectionDto>, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id, CorrectionDecisionRequest? request, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(id, CorrectionStatus.Approved, request?.Note, db, access, time, cancellationToken);

    public static Task<Results<Ok<CorrectionDto>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, CorrectionDecisionRequest? request, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(id, CorrectionStatus.Rejected, request?.Note, db, access, time, cancellationToken);

    private static async Task<Results<Ok<CorrectionDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, CorrectionStatus decision, string? note, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        if (note is { Length: > AttendanceCorrection.ReasonMaxLength })
        {
            return new ValidationErrors().Add("note", $"note must be at most {AttendanceCorrection.ReasonMaxLength} characters.").ToProblem();
        }

        var correction = await db.AttendanceCorrections.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var scope = await AttendanceTarget.ScopeAsync(access, cancellationToken);
        if (correction is null || !scope.Includes(correction.EmployeeId))
        {
            return ApiProblems.NotFound("Correction", id);
        }

        if (!await AttendanceTarget.CanDecideForAsync(correction.EmployeeId, access, cancellationToken))
        {
            return AttendanceProblems.NotTheirApprover();
        }

        if (correction.Status != CorrectionStatus.Pending)
        {
            return ApiProblems.Conflict($"The correction is already {correction.Status}.", "Only pending corrections can be approved or rejected.");
        }

        if (await WeekLock.LockedWeekAsync(db, correction.EmployeeId, correction.WorkDate, cancellationToken) is { } week)
        {
            return AttendanceProblems.WeekLocked(week);
        }

        var now = time.GetUtcNow();
        if (decision == CorrectionStatus.Approved)
        {
            var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == correction.EmployeeId, cancellationToken);
            var plan = await CorrectionPlan.BuildAsync(db, employee, correction.Kind, correction.EntryId, correction.Action, correction.At, correction.BreakEndAt, cancellationToken);
            if (plan.Error is not null)
            {
                return ApiProblems.Conflict("The correction no longer fits the clockings.", plan.Error);
            }

            plan.Apply(db, correction, access.Caller.UserId?.ToString() ?? access.Caller.ClientId, now);
        }

        correction.Status = decision;
        correction.DecidedBy = access.Caller.UserId;
        correction.DecidedAt = now;
        correction.DecisionNote = note;
        correction.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CorrectionDto.From(correction));
    }
}
