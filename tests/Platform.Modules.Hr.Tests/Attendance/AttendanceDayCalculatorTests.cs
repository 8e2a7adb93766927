using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Attendance;
using static Platform.Modules.Hr.Domain.Attendance.ClockAction;

namespace Platform.Modules.Hr.Tests.Attendance;

/// <summary>
/// The daily status rules, on fixed instants: schedule 09:00–17:00 with a 30-minute break and 5 minutes' grace unless a
/// test says otherwise. 2026-11-16 is a Monday.
/// </summary>
public sealed class AttendanceDayCalculatorTests
{
    private static readonly DateOnly Monday = new(2026, 11, 16);
    private static readonly TimeZoneInfo Gmt = TimeZoneInfo.Utc;
    private static readonly TimeZoneInfo Berlin = LocalTime.Zone("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = LocalTime.Zone("America/New_York");
    private static readonly DateTimeOffset NextDay = Utc(Monday.AddDays(1), "06:00");

    [Fact]
    public void An_on_time_day_with_a_break_is_present_with_worked_time_less_the_break_and_overtime_beyond_the_expected_hours()
    {
        var day = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, At(ClockIn, "08:58"), At(BreakStart, "12:00"), At(BreakEnd, "12:30"), At(ClockOut, "17:10"));

        Assert.Equal(AttendanceStatus.Present, day.Status);
        Assert.Equal(462, day.WorkedMinutes);
        Assert.Equal(30, day.BreakMinutes);
        Assert.Equal(450, day.ExpectedMinutes);
        Assert.Equal(12, day.OvertimeMinutes);
        Assert.Equal(0, day.LateMinutes);
        Assert.Equal(Utc(Monday, "08:58"), day.FirstClockIn);
        Assert.Equal(Utc(Monday, "17:10"), day.LastClockOut);
        Assert.Empty(day.Anomalies);
    }

    [Theory]
    [InlineData("09:05", AttendanceStatus.Present, 0)]
    [InlineData("09:06", AttendanceStatus.Late, 6)]
    [InlineData("10:30", AttendanceStatus.Late, 90)]
    public void Clocking_in_after_start_plus_grace_is_late(string clockIn, AttendanceStatus expected, int lateMinutes)
    {
        var day = Compute(Monday, Gmt, Schedules.Weekdays(graceMinutes: 5), NextDay, At(ClockIn, clockIn), At(ClockOut, "17:00"));
        Assert.Equal(expected, day.Status);
        Assert.Equal(lateMinutes, day.LateMinutes);
    }

    [Fact]
    public void A_working_day_without_clockings_is_scheduled_until_it_is_over_then_absent_without_leave()
    {
        var during = Compute(Monday, Gmt, Schedules.Weekdays(), Utc(Monday, "18:00"));
        Assert.Equal(AttendanceStatus.Scheduled, during.Status);
        Assert.False(during.IsOver);
        Assert.Empty(during.Anomalies);
        Assert.Equal(0, during.OvertimeMinutes);

        var after = Compute(Monday, Gmt, Schedules.Weekdays(), Utc(Monday.AddDays(1), "00:00"));
        Assert.Equal(AttendanceStatus.Absent, after.Status);
        Assert.True(after.IsOver);
        Assert.Equal([AttendanceAnomalyKinds.AbsentWithoutLeave], after.Anomalies);
        Assert.Equal(-450, after.OvertimeMinutes);
    }

    [Fact]
    public void Days_without_a_shift_are_weekend_and_work_on_them_is_all_overtime()
    {
        var saturday = Monday.AddDays(5);
        var idle = Compute(saturday, Gmt, Schedules.Weekdays(), Utc(saturday.AddDays(1), "06:00"));
        Assert.Equal(AttendanceStatus.Weekend, idle.Status);
        Assert.Equal(0, idle.ExpectedMinutes);
        Assert.Empty(idle.Anomalies);

        var worked = Compute(saturday, Gmt, Schedules.Weekdays(), Utc(saturday.AddDays(1), "06:00"), At(saturday, ClockIn, "10:00"), At(saturday, ClockOut, "12:00"));
        Assert.Equal(AttendanceStatus.Present, worked.Status);
        Assert.Equal(120, worked.OvertimeMinutes);
    }

    [Fact]
    public void A_holiday_expects_nothing_and_a_half_day_holiday_expects_the_morning()
    {
        var full = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, holiday: new Holiday { Date = Monday, Name = "Founders' Day" });
        Assert.Equal(AttendanceStatus.Holiday, full.Status);
        Assert.Equal("Founders' Day", full.HolidayName);
        Assert.Equal(0, full.ExpectedMinutes);
        Assert.Empty(full.Anomalies);

        var halfHoliday = new Holiday { Date = Monday, Name = "Eve", IsHalfDay = true };
        var morning = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, halfHoliday, At(ClockIn, "09:00"), At(ClockOut, "13:00"));
        Assert.Equal(AttendanceStatus.Present, morning.Status);
        Assert.Equal(DayOff.Afternoon, morning.Holiday);
        Assert.Equal(225, morning.ExpectedMinutes);
        Assert.Equal(15, morning.OvertimeMinutes);

        var skipped = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, halfHoliday);
        Assert.Equal(AttendanceStatus.Absent, skipped.Status);
    }

    [Fact]
    public void With_the_morning_on_leave_the_day_starts_at_the_middle_of_the_shift()
    {
        var onTime = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, leave: DayOff.Morning, entries: [At(ClockIn, "13:00"), At(ClockOut, "17:00")]);
        Assert.Equal(AttendanceStatus.Present, onTime.Status);
        Assert.Equal(DayOff.Morning, onTime.Leave);
        Assert.Equal(225, onTime.ExpectedMinutes);
        Assert.Equal(15, onTime.OvertimeMinutes);

        var late = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, leave: DayOff.Morning, entries: [At(ClockIn, "13:10"), At(ClockOut, "17:00")]);
        Assert.Equal(AttendanceStatus.Late, late.Status);
        Assert.Equal(10, late.LateMinutes);
    }

    [Fact]
    public void An_afternoon_on_leave_halves_the_expected_hours_and_a_morning_of_leave_with_a_half_day_holiday_is_a_day_on_leave()
    {
        var afternoon = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, leave: DayOff.Afternoon, entries: [At(ClockIn, "09:00"), At(ClockOut, "12:45")]);
        Assert.Equal(AttendanceStatus.Present, afternoon.Status);
        Assert.Equal(225, afternoon.ExpectedMinutes);
        Assert.Equal(0, afternoon.OvertimeMinutes);

        var both = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, new Holiday { Date = Monday, Name = "Eve", IsHalfDay = true }, leave: DayOff.Morning);
        Assert.Equal(AttendanceStatus.OnLeave, both.Status);
        Assert.Equal(0, both.ExpectedMinutes);
    }

    [Fact]
    public void Leave_covers_working_days_only()
    {
        var onLeave = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, leave: DayOff.FullDay);
        Assert.Equal(AttendanceStatus.OnLeave, onLeave.Status);
        Assert.Empty(onLeave.Anomalies);

        var saturday = Monday.AddDays(5);
        var weekend = Compute(saturday, Gmt, Schedules.Weekdays(), Utc(saturday.AddDays(1), "06:00"), leave: DayOff.FullDay);
        Assert.Equal(AttendanceStatus.Weekend, weekend.Status);
        Assert.Equal(DayOff.None, weekend.Leave);
    }

    [Theory]
    [InlineData("14:03", AttendanceStatus.Present)] // 09:03 in New York (EST, UTC−5)
    [InlineData("14:10", AttendanceStatus.Late)]
    [InlineData("09:00", AttendanceStatus.Present)] // 04:00 in New York: early, not late
    public void Lateness_is_judged_on_the_wall_clock_of_the_location(string utcClockIn, AttendanceStatus expected)
    {
        var day = Compute(Monday, NewYork, Schedules.Weekdays(), Utc(Monday.AddDays(1), "12:00"), At(ClockIn, utcClockIn), At(ClockOut, "22:00"));
        Assert.Equal(expected, day.Status);
    }

    [Fact]
    public void The_day_after_clocks_go_forward_uses_summer_time()
    {
        // Monday 2026-03-30 in Berlin is CEST (UTC+2): 09:10 local is 07:10 UTC, ten minutes late.
        var monday = new DateOnly(2026, 3, 30);
        var day = Compute(monday, Berlin, Schedules.Weekdays(), Utc(monday.AddDays(1), "06:00"), At(monday, ClockIn, "07:10"), At(monday, ClockOut, "15:00"));
        Assert.Equal(AttendanceStatus.Late, day.Status);
        Assert.Equal(10, day.LateMinutes);
    }

    [Fact]
    public void A_night_shift_across_midnight_counts_for_the_day_it_started_and_that_day_ends_with_the_shift()
    {
        var nights = Schedules.Weekdays(start: "22:00", end: "06:00", breakMinutes: 30);
        // Monday 22:00 to Tuesday 06:00 in Berlin (CET, UTC+1).
        var entries = new[] { At(ClockIn, "21:00"), At(BreakStart, "01:00", nextDay: true), At(BreakEnd, "01:30", nextDay: true), At(ClockOut, "05:00", nextDay: true) };

        var running = Compute(Monday, Berlin, nights, Utc(Monday.AddDays(1), "02:00"), entries[..3]);
        Assert.Equal(AttendanceStatus.Present, running.Status);
        Assert.False(running.IsOver); // past local midnight, but the shift runs to 06:00

        var done = Compute(Monday, Berlin, nights, Utc(Monday.AddDays(1), "06:00"), entries);
        Assert.True(done.IsOver);
        Assert.Equal(450, done.WorkedMinutes);
        Assert.Equal(450, done.ExpectedMinutes);
        Assert.Equal(0, done.OvertimeMinutes);
    }

    [Fact]
    public void A_night_shift_when_clocks_go_back_works_one_real_hour_more_than_the_wall_clock_expects()
    {
        // Saturday 2026-10-24 22:00 CEST to Sunday 06:00 CET is nine real hours; the schedule expects eight.
        var saturday = new DateOnly(2026, 10, 24);
        var schedule = new WorkSchedule { Name = "Nights", Days = [new WorkScheduleDay { Weekday = DayOfWeek.Saturday, Start = new TimeOnly(22, 0), End = new TimeOnly(6, 0) }] };
        var day = Compute(saturday, Berlin, schedule, Utc(saturday.AddDays(1), "12:00"), At(saturday, ClockIn, "20:00"), At(saturday.AddDays(1), ClockOut, "05:00"));
        Assert.Equal(540, day.WorkedMinutes);
        Assert.Equal(480, day.ExpectedMinutes);
        Assert.Equal(60, day.OvertimeMinutes);
        Assert.Equal(AttendanceStatus.Present, day.Status);
    }

    [Fact]
    public void An_open_shift_counts_until_now_and_becomes_a_missing_clock_out_after_sixteen_hours()
    {
        var open = Compute(Monday, Gmt, Schedules.Weekdays(), Utc(Monday, "13:00"), At(ClockIn, "09:00"), At(BreakStart, "12:00"), At(BreakEnd, "12:30"));
        Assert.Equal(210, open.WorkedMinutes);
        Assert.False(open.MissingClockOut);

        var forgotten = Compute(Monday, Gmt, Schedules.Weekdays(), Utc(Monday.AddDays(1), "01:01"), At(ClockIn, "09:00"), At(BreakStart, "12:00"), At(BreakEnd, "12:30"));
        Assert.True(forgotten.MissingClockOut);
        Assert.Equal([AttendanceAnomalyKinds.MissingClockOut], forgotten.Anomalies);
        Assert.Equal(180, forgotten.WorkedMinutes); // only the closed part before the break
        Assert.Equal(AttendanceStatus.Present, forgotten.Status);
    }

    [Fact]
    public void Without_a_schedule_nothing_is_expected_so_nobody_is_late_or_absent()
    {
        var idle = Compute(Monday, Gmt, null, NextDay);
        Assert.Equal(AttendanceStatus.Unscheduled, idle.Status);
        Assert.Empty(idle.Anomalies);

        var worked = Compute(Monday, Gmt, null, NextDay, At(ClockIn, "11:00"), At(ClockOut, "15:00"));
        Assert.Equal(AttendanceStatus.Present, worked.Status);
        Assert.Equal(240, worked.OvertimeMinutes);
    }

    [Fact]
    public void Clockings_out_of_order_are_left_out_of_the_sums()
    {
        var day = Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, At(ClockOut, "08:00"), At(ClockIn, "09:00"), At(BreakEnd, "10:00"), At(ClockOut, "17:00"));
        Assert.Equal(480, day.WorkedMinutes);
        Assert.Equal(0, day.BreakMinutes);
    }

    [Fact]
    public void Week_totals_add_the_days()
    {
        var days = new[]
        {
            Compute(Monday, Gmt, Schedules.Weekdays(), NextDay, At(ClockIn, "09:00"), At(ClockOut, "17:30")),
            Compute(Monday.AddDays(1), Gmt, Schedules.Weekdays(), Utc(Monday.AddDays(2), "06:00")),
            Compute(Monday.AddDays(2), Gmt, Schedules.Weekdays(), Utc(Monday.AddDays(3), "06:00"), leave: DayOff.FullDay),
        };
        var totals = AttendanceTotals.Of(days);
        Assert.Equal(510, totals.WorkedMinutes);
        Assert.Equal(900, totals.ExpectedMinutes);
        Assert.Equal(60 - 450, totals.OvertimeMinutes);
        Assert.Equal((1, 0, 1, 1), (totals.PresentDays, totals.LateDays, totals.AbsentDays, totals.LeaveDays));
    }

    [Theory]
    [InlineData("2026-11-16", "2026-11-16")]
    [InlineData("2026-11-22", "2026-11-16")]
    [InlineData("2026-11-23", "2026-11-23")]
    [InlineData("2026-11-19", "2026-11-16")]
    public void Timesheet_weeks_start_on_monday(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Timesheet.WeekOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    private static AttendanceDay Compute(DateOnly date, TimeZoneInfo zone, WorkSchedule? schedule, DateTimeOffset now, params AttendanceEntry[] entries) =>
        Compute(date, zone, schedule, now, null, DayOff.None, entries);

    private static AttendanceDay Compute(DateOnly date, TimeZoneInfo zone, WorkSchedule? schedule, DateTimeOffset now, Holiday? holiday, params AttendanceEntry[] entries) =>
        Compute(date, zone, schedule, now, holiday, DayOff.None, entries);

    private static AttendanceDay Compute(
        DateOnly date, TimeZoneInfo zone, WorkSchedule? schedule, DateTimeOffset now, Holiday? holiday = null, DayOff leave = DayOff.None, AttendanceEntry[]? entries = null) =>
        AttendanceDayCalculator.Compute(new AttendanceDayInput(date, zone, schedule, leave, holiday, [.. (entries ?? []).Select(ClockEvent.Of)]), now);

    private static DateTimeOffset Utc(DateOnly date, string time) =>
        new(date.ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.Zero);

    /// <summary>A clocking on Monday (or Tuesday) at a UTC time.</summary>
    private static AttendanceEntry At(ClockAction action, string utcTime, bool nextDay = false) => At(nextDay ? Monday.AddDays(1) : Monday, action, utcTime);

    private static AttendanceEntry At(DateOnly utcDate, ClockAction action, string utcTime) =>
        new() { Id = Guid.CreateVersion7(), Action = action, At = Utc(utcDate, utcTime) };
}
