namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>The attendance status of one employee on one day.</summary>
public enum AttendanceStatus
{
    /// <summary>Clocked in on time (or on a day without a shift).</summary>
    Present,

    /// <summary>The first clock-in came after the expected start plus the grace period.</summary>
    Late,

    /// <summary>A working day that is over without a clock-in, leave or holiday.</summary>
    Absent,

    /// <summary>A working day covered by approved leave, not worked.</summary>
    OnLeave,

    /// <summary>A public holiday of the location's calendar, not worked.</summary>
    Holiday,

    /// <summary>Not a working day of the schedule, not worked.</summary>
    Weekend,

    /// <summary>A working day not over yet and not clocked in so far.</summary>
    Scheduled,

    /// <summary>The employee has no work schedule and did not clock in.</summary>
    Unscheduled,
}

/// <summary>Anomalies reported by hr.attendance-anomaly.v1.</summary>
public static class AttendanceAnomalyKinds
{
    public const string AbsentWithoutLeave = "AbsentWithoutLeave";
    public const string MissingClockOut = "MissingClockOut";
}
