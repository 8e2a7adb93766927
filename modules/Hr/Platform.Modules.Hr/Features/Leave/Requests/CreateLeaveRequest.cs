using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Requests;

/// <summary>
/// A request for leave from <see cref="StartDate"/> to <see cref="EndDate"/> inclusive. <see cref="EmployeeId"/> is
/// for HR filing on someone's behalf; left out, the request is the caller's own.
/// </summary>
public sealed record CreateLeaveRequestRequest(
    Guid? LeaveTypeId, DateOnly? StartDate, DateOnly? EndDate, DayPart StartPart = DayPart.FullDay, DayPart EndPart = DayPart.FullDay, string? Reason = null, Guid? EmployeeId = null);

internal static class CreateLeaveRequest
{
    public static async Task<Results<Created<LeaveRequestDto>, ValidationProblem, ProblemHttpResult>> Handle(
        CreateLeaveRequestRequest request, HrDbContext db, LeaveAccess access, EmployeeWorkingDays workingDays, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.LeaveTypeId is not null, "leaveTypeId", "leaveTypeId is required.");
        errors.Require(request.StartDate is not null, "startDate", "startDate is required.");
        errors.Require(request.EndDate is not null, "endDate", "endDate is required.");
        errors.Require(Enum.IsDefined(request.StartPart), "startPart", "startPart is FullDay, Morning or Afternoon.");
        errors.Require(Enum.IsDefined(request.EndPart), "endPart", "endPart is FullDay, Morning or Afternoon.");
        errors.Require(request.Reason is null || request.Reason.Length <= LeaveRequest.ReasonMaxLength, "reason", $"reason must be at most {LeaveRequest.ReasonMaxLength} characters.");
        if (request is { StartDate: { } start, EndDate: { } end })
        {
            errors.Require(end >= start, "endDate", $"endDate {end:yyyy-MM-dd} is before startDate {start:yyyy-MM-dd}.");
            errors.Require(end < start || start.Year == end.Year, "endDate",
                $"A request lies in one leave year (a calendar year): split it at the end of {start.Year}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var self = await access.SelfAsync(cancellationToken);
        var employeeId = request.EmployeeId ?? self?.Id;
        if (employeeId is null)
        {
            return LeaveProblems.NoEmployeeRecord();
        }

        if (employeeId != self?.Id && !access.CanManage)
        {
            return LeaveProblems.NotForOthers();
        }

        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId, cancellationToken);
        var type = await db.LeaveTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.LeaveTypeId, cancellationToken);
        errors.Require(employee is not null, "employeeId", $"No employee has id '{employeeId}'.");
        errors.Require(type is not null, "leaveTypeId", $"No leave type has id '{request.LeaveTypeId}'.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var period = new LeavePeriod(request.StartDate!.Value, request.EndDate!.Value, request.StartPart, request.EndPart);
        var rejection = await CheckAsync(db, workingDays, employee!, type!, period, cancellationToken);
        if (rejection.Errors.Any)
        {
            return rejection.Errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var leave = new LeaveRequest
        {
            Id = Guid.CreateVersion7(now), EmployeeId = employee!.Id, LeaveTypeId = type!.Id, StartDate = period.Start, EndDate = period.End,
            StartPart = period.StartPart, EndPart = period.EndPart, Days = rejection.Days, Reason = request.Reason, Status = LeaveRequestStatus.Pending,
            CreatedAt = now, UpdatedAt = now,
        };
        db.LeaveRequests.Add(leave);
        await LeaveYearLock.TouchAsync(db, employee.Id, period.Start.Year, now, cancellationToken);
        db.PublishEvent(new LeaveRequested(leave.Id, leave.EmployeeId, type.Id, type.Code, leave.StartDate, leave.EndDate, leave.StartPart.ToString(), leave.EndPart.ToString(), leave.Days, access.UserId));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, leave.Version);
        return TypedResults.Created($"/api/hr/leave/requests/{leave.Id}", LeaveRequestDto.From(leave));
    }

    /// <summary>
    /// The rules a new request must pass, each failure a named error: employment on those dates, half-day rules, at
    /// least one working day, no overlap with the employee's pending or approved leave, and enough balance.
    /// </summary>
    private static async Task<(ValidationErrors Errors, decimal Days)> CheckAsync(
        HrDbContext db, EmployeeWorkingDays workingDays, Employee employee, LeaveType type, LeavePeriod period, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (period.PartProblem() is { } partProblem)
        {
            errors.Add(period.Start == period.End ? "endPart" : period.StartPart == DayPart.Morning ? "startPart" : "endPart", partProblem);
        }

        if (period.IsHalfDayUsed && !type.AllowHalfDays)
        {
            errors.Add("startPart", $"Leave type '{type.Code}' is taken in whole days only: use FullDay for startPart and endPart.");
        }

        if (period.Start < employee.StartDate || (employee.EndDate is { } last && period.End > last))
        {
            errors.Add("startDate", $"{employee.DisplayName} is employed from {employee.StartDate:yyyy-MM-dd}{(employee.EndDate is { } until ? $" to {until:yyyy-MM-dd}" : "")}; leave must fall within that time.");
        }

        if (errors.Any)
        {
            return (errors, 0m);
        }

        var calendar = await workingDays.ForAsync(employee, period.Start, period.End, cancellationToken);
        var days = calendar.CountDays(period);
        if (days == 0)
        {
            errors.Add("days", $"{period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd} holds no working days (weekends and holidays are not counted); nothing to request.");
            return (errors, 0m);
        }

        var others = await db.LeaveRequests.AsNoTracking()
            .Where(r => r.EmployeeId == employee.Id
                && (r.Status == LeaveRequestStatus.Pending || r.Status == LeaveRequestStatus.Approved)
                && r.StartDate <= period.End && r.EndDate >= period.Start)
            .ToListAsync(cancellationToken);
        if (others.FirstOrDefault(o => new LeavePeriod(o.StartDate, o.EndDate, o.StartPart, o.EndPart).Overlaps(period)) is { } clash)
        {
            errors.Add("overlap", $"Overlaps the {clash.Status.ToString().ToLowerInvariant()} request {clash.Id} from {clash.StartDate:yyyy-MM-dd} ({clash.StartPart}) to {clash.EndDate:yyyy-MM-dd} ({clash.EndPart}).");
            return (errors, days);
        }

        if (type.UsesBalance)
        {
            var year = period.Start.Year;
            var balance = await LeaveBalances.LedgerBalanceAsync(db, employee.Id, type.Id, year, cancellationToken);
            var pending = await LeaveBalances.PendingDaysAsync(db, employee.Id, type.Id, year, null, cancellationToken);
            var available = balance - pending;
            if (days > available)
            {
                errors.Add("balance",
                    $"Requested {LeaveBalances.Format(days)} days of '{type.Code}' but only {LeaveBalances.Format(available)} are available in {year} (balance {LeaveBalances.Format(balance)}, {LeaveBalances.Format(pending)} reserved by pending requests).");
            }
        }

        return (errors, days);
    }
}
