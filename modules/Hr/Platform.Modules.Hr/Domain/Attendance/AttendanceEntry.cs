using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>What a clocking does.</summary>
public enum ClockAction
{
    ClockIn,
    ClockOut,
    BreakStart,
    BreakEnd,
}

/// <summary>Where a clocking came from.</summary>
public enum EntrySource
{
    /// <summary>The employee, signed in to the web application.</summary>
    Web,

    /// <summary>An API client acting for the employee.</summary>
    Api,

    /// <summary>A kiosk terminal, with employee number and PIN.</summary>
    Kiosk,

    /// <summary>An approved correction request.</summary>
    Correction,
}

/// <summary>
/// One clocking. <see cref="WorkDate"/> is the local date (in the employee's location time zone) of the clock-in that
/// opened the shift, so a night shift across midnight belongs to the day it started.
/// </summary>
public sealed class AttendanceEntry : IVersioned
{
    public Guid Id { get; set; }

    public Guid EmployeeId { get; set; }

    public ClockAction Action { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }

    public DateOnly WorkDate { get; set; }

    public EntrySource Source { get; set; }

    /// <summary>The platform user or client that recorded it (the kiosk terminal for kiosk clockings).</summary>
    public string? RecordedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public long Version { get; set; }
}
