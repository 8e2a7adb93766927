using System.Globalization;
using Platform.Modules.Hr.Domain.Attendance;

namespace Platform.Modules.Hr.Features.Attendance.Schedules;

/// <summary>One working weekday: start and end as HH:mm local time (an end at or before the start ends the next morning).</summary>
public sealed record WorkScheduleDayDto(DayOfWeek Weekday, string Start, string End, int BreakMinutes, int ExpectedMinutes);

/// <summary>A work schedule as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record WorkScheduleDto(Guid Id, string Name, int GraceMinutes, IReadOnlyList<WorkScheduleDayDto> Days, int WeeklyExpectedMinutes, long Version)
{
    public static WorkScheduleDto From(WorkSchedule s)
    {
        var days = s.Days.OrderBy(d => ((int)d.Weekday + 6) % 7)
            .Select(d => new WorkScheduleDayDto(d.Weekday, Clock(d.Start), Clock(d.End), d.BreakMinutes, d.ExpectedMinutes))
            .ToList();
        return new WorkScheduleDto(s.Id, s.Name, s.GraceMinutes, days, days.Sum(d => d.ExpectedMinutes), s.Version);
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The weekly pattern to create or replace: weekdays left out are not working days.</summary>
public sealed record WorkScheduleRequest(string? Name = null, int? GraceMinutes = null, List<WorkScheduleDayRequest>? Days = null);

public sealed record WorkScheduleDayRequest(DayOfWeek? Weekday = null, string? Start = null, string? End = null, int? BreakMinutes = null);
