using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain;

/// <summary>A named set of public holidays (e.g. "Germany – Berlin 2027"); locations point at one.</summary>
public sealed class HolidayCalendar : IVersioned
{
    public const int NameMaxLength = 150;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}

/// <summary>One day off in a holiday calendar.</summary>
public sealed class Holiday
{
    public const int NameMaxLength = 150;

    public Guid Id { get; set; }

    public Guid CalendarId { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Only half of the day is off (e.g. Christmas Eve afternoon).</summary>
    public bool IsHalfDay { get; set; }
}
