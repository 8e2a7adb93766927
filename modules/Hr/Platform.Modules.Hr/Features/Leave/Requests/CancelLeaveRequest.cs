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
/// Cancels a pending or approved request. The employee cancels their own pending requests and approved leave that
/// has not started yet (in their location's time zone); HR cancels any. Cancelling approved leave of a type with a
/// balance returns its days with a ledger entry.
/// </summary>
internal static class CancelLeaveRequest
{
    public static async Task<Results<Ok<LeaveRequestDto>, ProblemHttpResult>> Handle(
        Guid id, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(cancellationToken);
        var leave = await db.LeaveRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (leave is null || !scope.Includes(leave.EmployeeId))
        {
            return ApiProblems.NotFound("Leave request", id);
        }

        if (leave.Status is not (LeaveRequestStatus.Pending or LeaveRequestStatus.Approved))
        {
            return ApiProblems.Conflict($"The request is {leave.Status.ToString().ToLowerInvariant()}.", "Only pending or approved requests can be cancelled.");
        }

        var now = time.GetUtcNow();
        var isOwn = await access.SelfAsync(cancellationToken) is { } self && self.Id == leave.EmployeeId;
        var ownAndAllowed = isOwn && (leave.Status == LeaveRequestStatus.Pending || leave.StartDate > await TodayOfAsync(db, leave.EmployeeId, now, cancellationToken));
        if (!ownAndAllowed && !access.CanManage)
        {
            return LeaveProblems.CannotCancel();
        }

        if (Preconditions.CheckIfMatch(httpRequest, leave.Version) is { } failed)
        {
            return failed;
        }

        var type = await db.LeaveTypes.AsNoTracking().FirstAsync(t => t.Id == leave.LeaveTypeId, cancellationToken);
        var wasApproved = leave.Status == LeaveRequestStatus.Approved;
        if (wasApproved && type.UsesBalance)
        {
            db.LeaveLedger.Add(new LeaveLedgerEntry
            {
                Id = Guid.CreateVersion7(now), EmployeeId = leave.EmployeeId, LeaveTypeId = type.Id, Year = leave.StartDate.Year, Kind = LedgerEntryKind.Returned,
                Days = leave.Days, EffectiveDate = leave.StartDate, LeaveRequestId = leave.Id, CreatedBy = access.UserId, CreatedAt = now,
                Note = "Approved leave cancelled.",
            });
        }

        leave.Status = LeaveRequestStatus.Cancelled;
        leave.UpdatedAt = now;
        await LeaveYearLock.TouchAsync(db, leave.EmployeeId, leave.StartDate.Year, now, cancellationToken);
        db.PublishEvent(new LeaveCancelled(leave.Id, leave.EmployeeId, type.Id, type.Code, leave.StartDate, leave.EndDate, leave.Days, wasApproved, access.UserId));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, leave.Version);
        return TypedResults.Ok(LeaveRequestDto.From(leave));
    }

    /// <summary>Today where the employee works (their location's time zone; UTC without a location).</summary>
    private static async Task<DateOnly> TodayOfAsync(HrDbContext db, Guid employeeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zoneId = await db.Employees.AsNoTracking().Where(e => e.Id == employeeId)
            .Join(db.Locations, e => e.LocationId, l => l.Id, (_, l) => l.TimeZoneId)
            .FirstOrDefaultAsync(cancellationToken);
        var zone = zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
    }
}
