using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain;

public enum LeaveRequestStatus
{
    Pending,
    Approved,
    Rejected,
    Cancelled,
}

/// <summary>Which part of a day a request covers at its first or last day.</summary>
public enum DayPart
{
    FullDay,
    Morning,
    Afternoon,
}

/// <summary>
/// A request for leave from <see cref="StartDate"/> to <see cref="EndDate"/> (inclusive). The first and last day can
/// be half days; weekends and holidays inside the range are not counted in <see cref="Days"/>.
/// </summary>
public sealed class LeaveRequest : IVersioned, IEmployeeRecord
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public Guid LeaveTypeId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DayPart StartPart { get; set; }

    public DayPart EndPart { get; set; }

    /// <summary>Working days the request takes from the balance (0.5 steps).</summary>
    public decimal Days { get; set; }

    public string? Reason { get; set; }

    public LeaveRequestStatus Status { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
