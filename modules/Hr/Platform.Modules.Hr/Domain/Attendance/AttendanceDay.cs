namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>
/// One employee's computed day. Minutes are whole minutes; <see cref="OvertimeMinutes"/> is worked − expected (negative
/// when short), counted once the day is over (before that only time beyond the expected hours shows).
/// </summary>
public sealed record AttendanceDay(
    DateOnly Date,
    AttendanceStatus Status,
    DateTimeOffset? FirstClockIn,
    DateTimeOffset? LastClockOut,
    int WorkedMinutes,
    int BreakMinutes,
    int ExpectedMinutes,
    int OvertimeMinutes,
    int LateMinutes,
    DayOff Leave,
    DayOff Holiday,
    string? HolidayName,
    bool MissingClockOut,
    bool IsOver,
    IReadOnlyList<string> Anomalies);

/// <summary>Sums over a run of days (a week, a month, an export range).</summary>
public sealed record AttendanceTotals(int WorkedMinutes, int BreakMinutes, int ExpectedMinutes, int OvertimeMinutes, int PresentDays, int LateDays, int AbsentDays, int LeaveDays, int HolidayDays)
{
    public static AttendanceTotals Of(IReadOnlyCollection<AttendanceDay> days) => new(
        days.Sum(d => d.WorkedMinutes),
        days.Sum(d => d.BreakMinutes),
        days.Sum(d => d.ExpectedMinutes),
        days.Sum(d => d.OvertimeMinutes),
        days.Count(d => d.Status == AttendanceStatus.Present),
        days.Count(d => d.Status == AttendanceStatus.Late),
        days.Count(d => d.Status == AttendanceStatus.Absent),
        days.Count(d => d.Status == AttendanceStatus.OnLeave),
        days.Count(d => d.Status == AttendanceStatus.Holiday));
}
