namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Worked and break time of one work date's clockings.</summary>
internal sealed record WorkedTime(DateTimeOffset? FirstClockIn, DateTimeOffset? LastClockOut, int WorkedMinutes, int BreakMinutes, bool MissingClockOut)
{
    /// <summary>
    /// Walks the clockings in time order. Time on the clock between clock-in and clock-out less breaks is worked; an
    /// open shift or break counts up to <paramref name="now"/> until it has been open for
    /// <see cref="AttendanceDayCalculator.MaxOpenShift"/>, after which it is a missing clock-out and its open part
    /// counts nothing (a correction fixes it). Clockings out of order are skipped.
    /// </summary>
    public static WorkedTime Of(IReadOnlyList<ClockEvent> entries, DateTimeOffset now)
    {
        DateTimeOffset? firstIn = null;
        DateTimeOffset? lastOut = null;
        DateTimeOffset? shiftOpenedAt = null;
        DateTimeOffset? segmentStart = null;
        var worked = TimeSpan.Zero;
        var breaks = TimeSpan.Zero;
        var state = ClockState.Off;
        foreach (var entry in entries.OrderBy(e => e.At))
        {
            var (next, error) = ClockRules.Apply(state, entry.Action);
            if (error is not null)
            {
                continue;
            }

            switch (entry.Action)
            {
                case ClockAction.ClockIn:
                    firstIn ??= entry.At;
                    shiftOpenedAt = entry.At;
                    break;
                case ClockAction.ClockOut:
                    worked += entry.At - segmentStart!.Value;
                    lastOut = entry.At;
                    break;
                case ClockAction.BreakStart:
                    worked += entry.At - segmentStart!.Value;
                    break;
                case ClockAction.BreakEnd:
                    breaks += entry.At - segmentStart!.Value;
                    break;
            }

            segmentStart = entry.At;
            state = next;
        }

        var missingClockOut = false;
        if (state != ClockState.Off)
        {
            if (now - shiftOpenedAt!.Value > AttendanceDayCalculator.MaxOpenShift)
            {
                missingClockOut = true;
            }
            else if (now > segmentStart!.Value)
            {
                if (state == ClockState.Working)
                {
                    worked += now - segmentStart.Value;
                }
                else
                {
                    breaks += now - segmentStart.Value;
                }
            }
        }

        return new WorkedTime(firstIn, lastOut, (int)worked.TotalMinutes, (int)breaks.TotalMinutes, missingClockOut);
    }
}
