namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Everything one day's status depends on, besides the clock.</summary>
/// <param name="Schedule">The employee's schedule; null when they have none (no expected hours, no lateness or absence).</param>
/// <param name="Entries">The clockings whose work date is <paramref name="Date"/>, in any order.</param>
internal sealed record AttendanceDayInput(
    DateOnly Date,
    TimeZoneInfo Zone,
    WorkSchedule? Schedule,
    DayOff Leave,
    Holiday? Holiday,
    IReadOnlyList<ClockEvent> Entries);

/// <summary>What the rules need of a clocking: what and when.</summary>
internal readonly record struct ClockEvent(ClockAction Action, DateTimeOffset At)
{
    public static ClockEvent Of(AttendanceEntry entry) => new(entry.Action, entry.At);
}

/// <summary>
/// Computes a day's status, worked time and overtime from the clockings, the schedule, approved leave and holidays,
/// on the wall clock of the employee's location.
/// </summary>
internal static class AttendanceDayCalculator
{
    /// <summary>A shift still open after this long is a missing clock-out; its open part stops counting.</summary>
    public static readonly TimeSpan MaxOpenShift = TimeSpan.FromHours(16);

    public static AttendanceDay Compute(AttendanceDayInput input, DateTimeOffset now)
    {
        var shift = input.Schedule?.ShiftOn(input.Date.DayOfWeek);
        var holidayOff = input.Holiday is null ? DayOff.None : DayOffRules.Of(input.Holiday);
        // Leave is taken from working days only; on a day without a shift there is nothing to take.
        var leaveOff = shift is null && input.Schedule is not null ? DayOff.None : input.Leave;
        var off = DayOffRules.Combine(leaveOff, holidayOff);

        var expected = shift is null || off == DayOff.FullDay ? 0
            : off == DayOff.None ? shift.ExpectedMinutes
            : shift.ExpectedMinutes / 2;

        DateTimeOffset? shiftStart = null;
        var dayEnd = LocalTime.ToInstant(input.Date.AddDays(1), TimeOnly.MinValue, input.Zone);
        if (shift is not null)
        {
            var start = LocalTime.ToInstant(input.Date, shift.Start, input.Zone);
            var end = LocalTime.ToInstant(shift.CrossesMidnight ? input.Date.AddDays(1) : input.Date, shift.End, input.Zone);
            // With the morning off, the day's work is expected from the middle of the shift.
            shiftStart = off == DayOff.Morning ? start + ((end - start) / 2) : start;
            if (end > dayEnd)
            {
                dayEnd = end;
            }
        }

        var isOver = now >= dayEnd;
        var time = WorkedTime.Of(input.Entries, now);
        var firstIn = time.FirstClockIn;

        var lateMinutes = 0;
        if (firstIn is { } clockedIn && shiftStart is { } expectedStart && off != DayOff.FullDay &&
            clockedIn > expectedStart.AddMinutes(input.Schedule!.GraceMinutes))
        {
            lateMinutes = (int)Math.Ceiling((clockedIn - expectedStart).TotalMinutes);
        }

        var status = firstIn is not null ? (lateMinutes > 0 ? AttendanceStatus.Late : AttendanceStatus.Present)
            : off == DayOff.FullDay ? (leaveOff != DayOff.None ? AttendanceStatus.OnLeave : AttendanceStatus.Holiday)
            : input.Schedule is null ? AttendanceStatus.Unscheduled
            : shift is null ? AttendanceStatus.Weekend
            : !isOver ? AttendanceStatus.Scheduled
            : AttendanceStatus.Absent;

        var overtime = time.WorkedMinutes - expected;
        if (!isOver)
        {
            overtime = Math.Max(0, overtime);
        }

        List<string> anomalies = [];
        if (status == AttendanceStatus.Absent)
        {
            anomalies.Add(AttendanceAnomalyKinds.AbsentWithoutLeave);
        }

        if (time.MissingClockOut)
        {
            anomalies.Add(AttendanceAnomalyKinds.MissingClockOut);
        }

        return new AttendanceDay(
            input.Date, status, firstIn, time.LastClockOut, time.WorkedMinutes, time.BreakMinutes, expected, overtime, lateMinutes,
            leaveOff, holidayOff, input.Holiday?.Name, time.MissingClockOut, isOver, anomalies);
    }
}
