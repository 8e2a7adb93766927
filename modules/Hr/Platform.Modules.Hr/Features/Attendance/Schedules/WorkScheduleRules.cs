using System.Globalization;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Schedules;

internal static class WorkScheduleRules
{
    /// <summary>Checks the request and returns the days it describes (meaningful only without errors).</summary>
    public static List<WorkScheduleDay> Validate(WorkScheduleRequest request, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(request.Name), "name", "name is required.");
        errors.Require(request.Name is null || request.Name.Trim().Length <= WorkSchedule.NameMaxLength, "name", $"name must be at most {WorkSchedule.NameMaxLength} characters.");
        errors.Require(request.GraceMinutes is null or >= 0 and <= WorkSchedule.MaxGraceMinutes, "graceMinutes", $"graceMinutes must be between 0 and {WorkSchedule.MaxGraceMinutes}.");
        var days = new List<WorkScheduleDay>();
        var requested = request.Days ?? [];
        for (var i = 0; i < requested.Count; i++)
        {
            var day = requested[i];
            var field = $"days[{i}]";
            if (day.Weekday is not { } weekday || !Enum.IsDefined(weekday))
            {
                errors.Add($"{field}.weekday", "weekday is required (Monday ... Sunday).");
                continue;
            }

            if (days.Any(d => d.Weekday == weekday))
            {
                errors.Add($"{field}.weekday", $"{weekday} appears more than once.");
                continue;
            }

            var start = ParseClock(day.Start, $"{field}.start", errors);
            var end = ParseClock(day.End, $"{field}.end", errors);
            if (start is null || end is null)
            {
                continue;
            }

            var shift = new WorkScheduleDay { Weekday = weekday, Start = start.Value, End = end.Value, BreakMinutes = day.BreakMinutes ?? 0 };
            errors.Require(start != end, $"{field}.end", "end must differ from start.");
            errors.Require(shift.BreakMinutes >= 0 && shift.BreakMinutes < shift.SpanMinutes, $"{field}.breakMinutes",
                "breakMinutes must be at least 0 and shorter than the shift.");
            days.Add(shift);
        }

        return days;
    }

    private static TimeOnly? ParseClock(string? value, string field, ValidationErrors errors)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(field, "must be a time of day as HH:mm (e.g. 09:00).");
        return null;
    }

    /// <summary>Makes <paramref name="schedule"/>'s days the <paramref name="days"/>, updating rows in place.</summary>
    public static void ApplyDays(WorkSchedule schedule, List<WorkScheduleDay> days)
    {
        schedule.Days.RemoveAll(existing => days.All(d => d.Weekday != existing.Weekday));
        foreach (var day in days)
        {
            var existing = schedule.ShiftOn(day.Weekday);
            if (existing is null)
            {
                day.ScheduleId = schedule.Id;
                schedule.Days.Add(day);
            }
            else
            {
                existing.Start = day.Start;
                existing.End = day.End;
                existing.BreakMinutes = day.BreakMinutes;
            }
        }
    }
}
