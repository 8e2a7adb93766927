using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Attendance.Clocking;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Timesheets;

/// <summary>
/// Weekly timesheets: read (scoped like attendance), submitted by the employee, approved or rejected by a manager above
/// them or HR. Approval locks the week; a rejected week can be fixed and submitted again.
/// </summary>
internal static class Timesheets
{
    public static async Task<Results<Ok<PagedResult<TimesheetSummaryDto>>, ValidationProblem>> List(
        TimesheetStatus? status, Guid? employeeId, int? page, int? pageSize, HrDbContext db, HrAccess access, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await AttendanceTarget.ScopeAsync(access, cancellationToken);
        var query = scope.Records(db.Timesheets.AsNoTracking());

        if (status is { } s)
        {
            query = query.Where(t => t.Status == s);
        }

        if (employeeId is { } id)
        {
            query = query.Where(t => t.EmployeeId == id);
        }

        return TypedResults.Ok(await query.OrderByDescending(t => t.WeekStart).ThenBy(t => t.EmployeeId).ToPagedResultAsync(paging, TimesheetSummaryDto.From, cancellationToken));
    }

    public static async Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> Get(
        Guid employeeId, DateOnly weekStart, HrDbContext db, HrAccess access, AttendanceDaysQuery days, CancellationToken cancellationToken)
    {
        if (TimesheetWeek.CheckWeekStart(weekStart) is { } invalid)
        {
            return invalid;
        }

        var target = await AttendanceTarget.ResolveAsync(employeeId, db, access, cancellationToken);
        if (target.Problem is { } problem)
        {
            return problem;
        }

        var stored = await TimesheetWeek.FindAsync(db, employeeId, weekStart, cancellationToken);
        return TypedResults.Ok(await TimesheetWeek.ComputeAsync(target.Employee!, weekStart, stored, days, cancellationToken));
    }

    public static async Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid employeeId, DateOnly weekStart, HrDbContext db, HrAccess access, AttendanceDaysQuery days, TimeProvider time, CancellationToken cancellationToken)
    {
        if (TimesheetWeek.CheckWeekStart(weekStart) is { } invalid)
        {
            return invalid;
        }

        var self = await access.SelfAsync(cancellationToken);
        if (self is null)
        {
            return AttendanceProblems.NoEmployeeRecord();
        }

        if (self.Id != employeeId)
        {
            return ApiProblems.Forbidden("Only the employee submits their timesheet.", "Managers approve or reject a submitted timesheet.");
        }

        var now = time.GetUtcNow();
        if (weekStart > LocalTime.DateOf(now, await EmployeeZone.OfAsync(db, self, cancellationToken)))
        {
            return new ValidationErrors().Add("weekStart", "The week has not started yet.").ToProblem();
        }

        var stored = await TimesheetWeek.FindAsync(db, employeeId, weekStart, cancellationToken);
        if (stored is { Status: TimesheetStatus.Submitted or TimesheetStatus.Approved })
        {
            return ApiProblems.Conflict($"The timesheet is already {stored.Status}.", "A submitted timesheet waits for its approver; an approved one is locked.");
        }

        if (stored is null)
        {
            stored = new Timesheet { Id = Guid.CreateVersion7(now), EmployeeId = employeeId, WeekStart = weekStart, CreatedAt = now };
            db.Timesheets.Add(stored);
        }

        stored.Status = TimesheetStatus.Submitted;
        stored.SubmittedAt = now;
        stored.DecidedBy = null;
        stored.DecidedAt = null;
        stored.DecisionNote = null;
        stored.UpdatedAt = now;
        var sheet = await TimesheetWeek.ComputeAsync(self, weekStart, stored, days, cancellationToken);
        db.PublishEvent(new TimesheetSubmitted(stored.Id, employeeId, self.ManagerId, weekStart, sheet.Totals.WorkedMinutes, sheet.Totals.OvertimeMinutes));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(sheet);
    }

    public static Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> Approve(
        Guid employeeId, DateOnly weekStart, TimesheetDecisionRequest? request, HrDbContext db, HrAccess access, AttendanceDaysQuery days, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(employeeId, weekStart, TimesheetStatus.Approved, request?.Note, db, access, days, time, cancellationToken);

    public static Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid employeeId, DateOnly weekStart, TimesheetDecisionRequest? request, HrDbContext db, HrAccess access, AttendanceDaysQuery days, TimeProvider time, CancellationToken cancellationToken) =>
        DecideAsync(employeeId, weekStart, TimesheetStatus.Rejected, request?.Note, db, access, days, time, cancellationToken);

    private static async Task<Results<Ok<TimesheetDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid employeeId, DateOnly weekStart, TimesheetStatus decision, string? note, HrDbContext db, HrAccess access, AttendanceDaysQuery days, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(note is null || note.Length <= Timesheet.NoteMaxLength, "note", $"note must be at most {Timesheet.NoteMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (TimesheetWeek.CheckWeekStart(weekStart) is { } invalid)
        {
            return invalid;
        }

        var target = await AttendanceTarget.ResolveAsync(employeeId, db, access, cancellationToken);
        if (target.Problem is { } problem)
        {
            return problem;
        }

        if (!await AttendanceTarget.CanDecideForAsync(employeeId, access, cancellationToken))
        {
            return AttendanceProblems.NotTheirApprover();
        }

        var stored = await TimesheetWeek.FindAsync(db, employeeId, weekStart, cancellationToken);
        if (stored is not { Status: TimesheetStatus.Submitted })
        {
            return ApiProblems.Conflict(
                $"The timesheet is {stored?.Status ?? TimesheetStatus.Open}, not Submitted.", "Only a submitted timesheet can be approved or rejected.");
        }

        var now = time.GetUtcNow();
        stored.Status = decision;
        stored.DecidedBy = access.Caller.UserId;
        stored.DecidedAt = now;
        stored.DecisionNote = note;
        stored.UpdatedAt = now;
        db.PublishEvent(new TimesheetDecided(stored.Id, employeeId, weekStart, decision.ToString(), access.Caller.UserId));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await TimesheetWeek.ComputeAsync(target.Employee!, weekStart, stored, days, cancellationToken));
    }
}
