using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Leave.Requests;

/// <summary>A leave request as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record LeaveRequestDto(
    Guid Id,
    Guid EmployeeId,
    Guid LeaveTypeId,
    DateOnly StartDate,
    DateOnly EndDate,
    DayPart StartPart,
    DayPart EndPart,
    decimal Days,
    string? Reason,
    LeaveRequestStatus Status,
    Guid? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static LeaveRequestDto From(LeaveRequest r) =>
        new(r.Id, r.EmployeeId, r.LeaveTypeId, r.StartDate, r.EndDate, r.StartPart, r.EndPart, r.Days, r.Reason, r.Status, r.DecidedBy, r.DecidedAt, r.DecisionNote, r.CreatedAt, r.UpdatedAt, r.Version);
}
