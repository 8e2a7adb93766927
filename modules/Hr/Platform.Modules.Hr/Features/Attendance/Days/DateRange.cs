using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Days;

/// <summary>An inclusive range of dates from the query string (from, to), at most <see cref="AttendanceDaysQuery.MaxRangeDays"/> days.</summary>
internal sealed record DateRange(DateOnly From, DateOnly To)
{
    public static DateRange Parse(DateOnly? from, DateOnly? to, ValidationErrors errors)
    {
        errors.Require(from is not null, "from", "from is required (yyyy-MM-dd).");
        errors.Require(to is not null, "to", "to is required (yyyy-MM-dd).");
        if (from is null || to is null)
        {
            return new DateRange(default, default);
        }

        errors.Require(from <= to, "to", "to must not be before from.");
        errors.Require(to.Value.DayNumber - from.Value.DayNumber < AttendanceDaysQuery.MaxRangeDays, "to",
            $"The range may cover at most {AttendanceDaysQuery.MaxRangeDays} days.");
        return new DateRange(from.Value, to.Value);
    }
}
