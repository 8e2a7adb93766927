using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Features.Attendance.Corrections;

/// <summary>A correction request as the API returns it.</summary>
public sealed record CorrectionDto(
    Guid Id, Guid EmployeeId, CorrectionKind Kind, Guid? EntryId, ClockAction? Action, DateTimeOffset? At, DateTimeOffset? BreakEndAt, DateOnly WorkDate, string Reason,
    CorrectionStatus Status, Guid? RequestedBy, Guid? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset CreatedAt, long Version)
{
    public static CorrectionDto From(AttendanceCorrection c) => new(
        c.Id, c.EmployeeId, c.Kind, c.EntryId, c.Action, c.At, c.BreakEndAt, c.WorkDate, c.Reason, c.Status, c.RequestedBy, c.DecidedBy, c.DecidedAt, c.DecisionNote, c.CreatedAt, c.Version);
}

/// <summary>
/// A correction of one's own clockings: Add a missing one (action, at), Change the time of one (entryId, at) or Remove
/// one (entryId), with the reason for the approver. A whole missing break is added as BreakStart at <c>at</c> with
/// <c>breakEndAt</c>.
/// </summary>
public sealed record CorrectionRequest(CorrectionKind? Kind = null, Guid? EntryId = null, ClockAction? Action = null, DateTimeOffset? At = null, string? Reason = null, DateTimeOffset? BreakEndAt = null);

/// <summary>An approver's decision; the note is optional.</summary>
public sealed record CorrectionDecisionRequest(string? Note = null);
