using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Attendance;

public enum TimesheetStatus
{
    /// <summary>Not submitted yet (no row is stored for an open week).</summary>
    Open,
    Submitted,
    Approved,
    Rejected,
}

/// <summary>
/// The decision state of one employee's week (Monday to Sunday). The days and totals are always computed from the
/// clockings; an approved week is locked: its clockings can no longer change.
/// </summary>
public sealed class Timesheet : IVersioned, IEmployeeRecord
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly WeekStart { get; set; }

    public TimesheetStatus Status { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    /// <summary>The Monday of the week <paramref name="date"/> is in.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
