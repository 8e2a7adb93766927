using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Features.Attendance.Timesheets;

/// <summary>An employee's week: the computed days and totals with the submit/approve state.</summary>
public sealed record TimesheetDto(
    Guid EmployeeId, string EmployeeNumber, string Name, DateOnly WeekStart, TimesheetStatus Status, IReadOnlyList<AttendanceDay> Days, AttendanceTotals Totals,
    DateTimeOffset? SubmittedAt, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary>A stored timesheet state, as listed for approvers.</summary>
public sealed record TimesheetSummaryDto(Guid Id, Guid EmployeeId, DateOnly WeekStart, TimesheetStatus Status, DateTimeOffset? SubmittedAt, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote)
{
    public static TimesheetSummaryDto From(Timesheet t) => new(t.Id, t.EmployeeId, t.WeekStart, t.Status, t.SubmittedAt, t.DecidedBy, t.DecidedAt, t.DecisionNote);
}

/// <summary>An approver's decision; the note is optional.</summary>
public sealed record TimesheetDecisionRequest(string? Note = null);
