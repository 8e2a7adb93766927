using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>
/// A weekly working pattern: for each working weekday a start, an end and the unpaid break; weekdays without an entry
/// are not working days (weekend). Clocking in later than start + <see cref="GraceMinutes"/> is late.
/// </summary>
public sealed class WorkSchedule : IVersioned
{
    public const int NameMaxLength = 150;
    public const int MaxGraceMinutes = 240;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public int GraceMinutes { get; set; }

    public List<WorkScheduleDay> Days { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }

    /// <summary>The shift for <paramref name="weekday"/>, or null on a non-working day.</summary>
    public WorkScheduleDay? ShiftOn(DayOfWeek weekday) => Days.FirstOrDefault(d => d.Weekday == weekday);
}

/// <summary>
/// One working weekday of a schedule. An end at or before the start is a night shift that ends the next morning; it
/// belongs to the weekday it starts on.
/// </summary>
public sealed class WorkScheduleDay
{
    public Guid ScheduleId { get; set; }

    public DayOfWeek Weekday { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int BreakMinutes { get; set; }

    public bool CrossesMidnight => End <= Start;

    /// <summary>Minutes from start to end (wrapping past midnight for night shifts).</summary>
    public int SpanMinutes => (int)(End - Start).TotalMinutes;

    /// <summary>The hours the employee is expected to work that day: the span less the break.</summary>
    public int ExpectedMinutes => Math.Max(0, SpanMinutes - BreakMinutes);
}
