using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Attendance;

public enum CorrectionKind
{
    /// <summary>Add a missing clocking.</summary>
    Add,

    /// <summary>Move an existing clocking to another time.</summary>
    Change,

    /// <summary>Remove a wrong clocking.</summary>
    Remove,
}

public enum CorrectionStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// An employee's request to fix their clockings; approving it (manager up the chain, or HR) applies the change.
/// </summary>
public sealed class AttendanceCorrection : IVersioned, IEmployeeRecord
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public CorrectionKind Kind { get; set; }

    /// <summary>The clocking to change or remove (Change, Remove).</summary>
    public Guid? EntryId { get; set; }

    /// <summary>The action of the clocking to add (Add).</summary>
    public ClockAction? Action { get; set; }

    /// <summary>The time to add the clocking at, or to move it to (Add, Change).</summary>
    public DateTimeOffset? At { get; set; }

    /// <summary>
    /// When an added break ended (Add of a BreakStart only): a missing break in a shift that is already clocked out
    /// needs its start and end together.
    /// </summary>
    public DateTimeOffset? BreakEndAt { get; set; }

    /// <summary>The work date the correction touches (decides the timesheet week it belongs to).</summary>
    public DateOnly WorkDate { get; set; }

    public string Reason { get; set; } = "";

    public CorrectionStatus Status { get; set; }

    public Guid? RequestedBy { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
