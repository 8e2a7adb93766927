using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Requests;

/// <summary>An approver's decision, with an optional note for the employee.</summary>
public sealed record LeaveDecisionRequest(string? Note = null);

/// <summary>
/// The built-in approval: a pending request is approved or rejected once, by a manager up the employee's chain or by
/// HR, never by the employee. If-Match makes a second decision on the same version fail with 412; a decided request
/// answers 409.
/// </summary>
internal static class DecideLeaveRequest
{
    public static Task<Results<Ok<LeaveRequestDto>, ValidationProblem, ProblemHttpResult>> Approve(
        Guid id, LeaveDecisionRequest? decision, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, decision?.Note, db, access, time, httpRequest, response, cancellationToken);

    public static Task<Results<Ok<LeaveRequestDto>, ValidationProblem, ProblemHttpResult>> Reject(
        Guid id, LeaveDecisionRequest? decision, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, decision?.Note, db, access, time, httpRequest, response, cancellationToken);

    private static async Task<Results<Ok<LeaveRequestDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, bool approve, string? note, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        if (note is { Length: > LeaveRequest.ReasonMaxLength })
        {
            return new ValidationErrors().Add("note", $"note must be at most {LeaveRequest.ReasonMaxLength} characters.").ToProblem();
        }

        var scope = await access.ScopeAsync(cancellationToken);
        var leave = await db.LeaveRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (leave is null || !scope.Includes(leave.EmployeeId))
        {
            return ApiProblems.NotFound("Leave request", id);
        }

        if (!await access.CanDecideAsync(leave.EmployeeId, cancellationToken))
        {
            return LeaveProblems.CannotDecide();
        }

        if (Preconditions.CheckIfMatch(httpRequest, leave.Version) is { } failed)
        {
            return failed;
        }

        if (leave.Status != LeaveRequestStatus.Pending)
        {
            return ApiProblems.Conflict($"The request is {leave.Status.ToString().ToLowerInvariant()}, not pending.", "Only pending requests are approved or rejected.");
        }

        var type = await db.LeaveTypes.AsNoTracking().FirstAsync(t => t.Id == leave.LeaveTypeId, cancellationToken);
        var now = time.GetUtcNow();
        var year = leave.StartDate.Year;
        if (approve && type.UsesBalance)
        {
            // Adjustments since the request may have shrunk the balance: the request must still fit beside the others pending.
            var balance = await LeaveBalances.LedgerBalanceAsync(db, leave.EmployeeId, type.Id, year, cancellationToken);
            var otherPending = await LeaveBalances.PendingDaysAsync(db, leave.EmployeeId, type.Id, year, leave.Id, cancellationToken);
            if (leave.Days > balance - otherPending)
            {
                return ApiProblems.Conflict(
                    "The balance no longer covers this request.",
                    $"The request takes {LeaveBalances.Format(leave.Days)} days of '{type.Code}' but {LeaveBalances.Format(balance - otherPending)} are available in {year} (balance {LeaveBalances.Format(balance)}, {LeaveBalances.Format(otherPending)} reserved by other pending requests).");
            }

            db.LeaveLedger.Add(new LeaveLedgerEntry
            {
                Id = Guid.CreateVersion7(now), EmployeeId = leave.EmployeeId, LeaveTypeId = type.Id, Year = year, Kind = LedgerEntryKind.Taken,
                Days = -leave.Days, EffectiveDate = leave.StartDate, LeaveRequestId = leave.Id, CreatedBy = access.UserId, CreatedAt = now,
            });
        }

        leave.Status = approve ? LeaveRequestStatus.Approved : LeaveRequestStatus.Rejected;
        leave.DecidedBy = access.UserId;
        leave.DecidedAt = now;
        leave.DecisionNote = note;
        leave.UpdatedAt = now;
        await LeaveYearLock.TouchAsync(db, leave.EmployeeId, year, now, cancellationToken);
        db.PublishEvent(approve
            ? new LeaveApproved(leave.Id, leave.EmployeeId, type.Id, type.Code, leave.StartDate, leave.EndDate, leave.Days, access.UserId, note)
            : new LeaveRejected(leave.Id, leave.EmployeeId, type.Id, type.Code, leave.StartDate, leave.EndDate, leave.Days, access.UserId, note));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, leave.Version);
        return TypedResults.Ok(LeaveRequestDto.From(leave));
    }
}
