using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Tests.Attendance;

/// <summary>Work schedules for the tests.</summary>
internal static class Schedules
{
    /// <summary>Monday to Friday, <paramref name="start"/> to <paramref name="end"/> with <paramref name="breakMinutes"/>.</summary>
    public static WorkSchedule Weekdays(string start = "09:00", string end = "17:00", int breakMinutes = 30, int graceMinutes = 5)
    {
        var schedule = new WorkSchedule { Id = Guid.CreateVersion7(), Name = "Office", GraceMinutes = graceMinutes };
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            schedule.Days.Add(new WorkScheduleDay
            {
                ScheduleId = schedule.Id, Weekday = day, Start = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                End = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), BreakMinutes = breakMinutes,
            });
        }

        return schedule;
    }
}
