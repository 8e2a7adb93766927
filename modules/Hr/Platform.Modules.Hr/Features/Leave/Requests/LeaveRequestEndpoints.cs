using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Leave.Requests;

internal static class LeaveRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var requests = endpoints.MapGroup("/leave/requests").WithTags("Leave requests");
        requests.MapGet("/", ReadLeaveRequests.List)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("List leave requests")
            .WithDescription("The requests the caller may see: their own, their reports' down the manager chain (hr.leave.approve), everyone's (hr.leave.manage). Filter by employeeId, leaveTypeId, status and a date range (from/to: requests overlapping it); awaitingMyDecision=true lists the pending requests the caller may approve or reject; sort by startDate, endDate, status, days or createdAt (prefix - for descending); paged.");
        requests.MapGet("/{id:guid}", ReadLeaveRequests.Get)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Get a leave request")
            .WithDescription("404 for requests the caller may not see. The ETag header holds the version to send as If-Match with a decision or cancellation.");
        requests.MapPost("/", CreateLeaveRequest.Handle)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Request leave")
            .WithDescription("Full or half days: startPart is FullDay or Afternoon, endPart FullDay or Morning (on a one-day request both are FullDay, Morning or Afternoon). Only working days count: the employee's work week (Monday to Friday unless their schedule says otherwise) less the holidays of their location's calendar, a half-day holiday counting half. A request lies in one calendar year. 400 naming the problem when: endDate is before startDate, the half-day rules are broken or the type allows whole days only, no working day is covered, it overlaps a pending or approved request, or it takes more days than available (balance less the days reserved by pending requests; the message gives both). Pending requests reserve their days. employeeId files for someone else and needs hr.leave.manage. Publishes hr.leave-requested.v1.");
        requests.MapPost("/{id:guid}/approve", DecideLeaveRequest.Approve)
            .RequirePermission(HrPermissions.LeaveApprove)
            .WithSummary("Approve a leave request")
            .WithDescription("For the employee's managers up the chain and holders of hr.leave.manage; never the employee. Takes the days from the balance (ledger entry Taken); 409 when the request is no longer pending or the balance no longer covers it. Requires If-Match: a second decision on the same version fails with 412. Publishes hr.leave-approved.v1.");
        requests.MapPost("/{id:guid}/reject", DecideLeaveRequest.Reject)
            .RequirePermission(HrPermissions.LeaveApprove)
            .WithSummary("Reject a leave request")
            .WithDescription("Same approvers and rules as approving; the reserved days are free again. Requires If-Match. Publishes hr.leave-rejected.v1.");
        requests.MapPost("/{id:guid}/cancel", CancelLeaveRequest.Handle)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Cancel a leave request")
            .WithDescription("The employee cancels their pending requests and approved leave that has not started; hr.leave.manage cancels any pending or approved request. Cancelled approved leave returns its days (ledger entry Returned). Requires If-Match. Publishes hr.leave-cancelled.v1.");
    }
}
