using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Attendance.Timesheets;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Corrections;

/// <summary>An employee asks for one of their clockings to be added, moved or removed.</summary>
internal static class RequestCorrection
{
    public static async Task<Results<Created<CorrectionDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CorrectionRequest request, HrDbContext db, HrAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "reason is required: say what is wrong.");
        errors.Require(request.Reason is null || request.Reason.Length <= AttendanceCorrection.ReasonMaxLength, "reason",
            $"reason must be at most {AttendanceCorrection.ReasonMaxLength} characters.");
        switch (request.Kind)
        {
            case null:
                errors.Add("kind", "kind is required: Add, Change or Remove.");
                break;
            case CorrectionKind.Add:
                errors.Require(request.Action is not null, "action", "action is required to add a clocking.");
                errors.Require(request.At is not null, "at", "at is required to add a clocking.");
                break;
            case CorrectionKind.Change:
                errors.Require(request.EntryId is not null, "entryId", "entryId is required to change a clocking.");
                errors.Require(request.At is not null, "at", "at is required to change a clocking.");
                break;
            case CorrectionKind.Remove:
                errors.Require(request.EntryId is not null, "entryId", "entryId is required to remove a clocking.");
                break;
        }

        errors.Require(request.At is null || request.At <= now, "at", "at must not be in the future.");
        if (request.BreakEndAt is { } breakEnd)
        {
            errors.Require(request.Kind == CorrectionKind.Add && request.Action == ClockAction.BreakStart, "breakEndAt", "breakEndAt only goes with adding a BreakStart.");
            errors.Require(request.At is null || breakEnd > request.At, "breakEndAt", "breakEndAt must be after at.");
            errors.Require(breakEnd <= now, "breakEndAt", "breakEndAt must not be in the future.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await access.SelfAsync(cancellationToken) is not { } self)
        {
            return AttendanceProblems.NoEmployeeRecord();
        }

        var at = request.At?.ToUniversalTime();
        var breakEndAt = request.BreakEndAt?.ToUniversalTime();
        var plan = await CorrectionPlan.BuildAsync(db, self, request.Kind!.Value, request.EntryId, request.Action, at, breakEndAt, cancellationToken);
        if (plan.Error is not null)
        {
            return errors.Add(plan.Field!, plan.Error).ToProblem();
        }

        if (await WeekLock.LockedWeekAsync(db, self.Id, plan.WorkDate, cancellationToken) is { } week)
        {
            return AttendanceProblems.WeekLocked(week);
        }

        var correction = new AttendanceCorrection
        {
            Id = Guid.CreateVersion7(now), EmployeeId = self.Id, Kind = request.Kind.Value, EntryId = request.EntryId,
            Action = request.Kind == CorrectionKind.Add ? request.Action : plan.Entry?.Action, At = at, BreakEndAt = breakEndAt, WorkDate = plan.WorkDate,
            Reason = request.Reason!.Trim(), Status = CorrectionStatus.Pending, RequestedBy = access.Caller.UserId, CreatedAt = now, UpdatedAt = now,
        };
        db.AttendanceCorrections.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/hr/attendance/corrections/{correction.Id}", CorrectionDto.From(correction));
    }
}
