using Platform.Sdk.Events;

namespace Platform.Modules.Hr.Events;

[IntegrationEvent("hr.leave-requested.v1", Description = "An employee requested leave; it waits for a decision. Days are the working days it takes (0.5 steps).")]
public sealed record LeaveRequested(
    Guid RequestId, Guid EmployeeId, Guid LeaveTypeId, string LeaveTypeCode, DateOnly StartDate, DateOnly EndDate, string StartPart, string EndPart, decimal Days, Guid? RequestedBy) : IIntegrationEvent;

[IntegrationEvent("hr.leave-approved.v1", Description = "A leave request was approved; its days were taken from the balance.")]
public sealed record LeaveApproved(
    Guid RequestId, Guid EmployeeId, Guid LeaveTypeId, string LeaveTypeCode, DateOnly StartDate, DateOnly EndDate, decimal Days, Guid? DecidedBy, string? Note) : IIntegrationEvent;

[IntegrationEvent("hr.leave-rejected.v1", Description = "A leave request was rejected; the days it reserved are free again.")]
public sealed record LeaveRejected(
    Guid RequestId, Guid EmployeeId, Guid LeaveTypeId, string LeaveTypeCode, DateOnly StartDate, DateOnly EndDate, decimal Days, Guid? DecidedBy, string? Note) : IIntegrationEvent;

[IntegrationEvent("hr.leave-cancelled.v1", Description = "A pending or approved leave request was cancelled; WasApproved tells whether days were returned to the balance.")]
public sealed record LeaveCancelled(
    Guid RequestId, Guid EmployeeId, Guid LeaveTypeId, string LeaveTypeCode, DateOnly StartDate, DateOnly EndDate, decimal Days, bool WasApproved, Guid? CancelledBy) : IIntegrationEvent;
