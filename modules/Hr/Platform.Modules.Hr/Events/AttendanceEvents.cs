using Platform.Sdk.Events;

namespace Platform.Modules.Hr.Events;

[IntegrationEvent("hr.attendance-anomaly.v1", Description = "Something is wrong with an employee's attendance on a day that is over: absent from a working day without leave or holiday (AbsentWithoutLeave), or a shift never clocked out (MissingClockOut). Published once per employee and day.")]
public sealed record AttendanceAnomalyDetected(Guid EmployeeId, string EmployeeNumber, Guid? ManagerId, DateOnly Date, string Status, IReadOnlyList<string> Kinds) : IIntegrationEvent;

[IntegrationEvent("hr.timesheet-submitted.v1", Description = "An employee submitted their weekly timesheet for approval.")]
public sealed record TimesheetSubmitted(Guid TimesheetId, Guid EmployeeId, Guid? ManagerId, DateOnly WeekStart, int WorkedMinutes, int OvertimeMinutes) : IIntegrationEvent;

[IntegrationEvent("hr.timesheet-decided.v1", Description = "A weekly timesheet was approved (the week is locked) or rejected.")]
public sealed record TimesheetDecided(Guid TimesheetId, Guid EmployeeId, DateOnly WeekStart, string Status, Guid? DecidedBy) : IIntegrationEvent;
