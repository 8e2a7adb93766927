using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain;

/// <summary>A place people work from: its time zone decides attendance days, its holiday calendar the days off.</summary>
public sealed class Location : IVersioned
{
    public const int NameMaxLength = 150;
    public const int TimeZoneMaxLength = 64;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>An IANA time zone id (e.g. Europe/Berlin).</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public Guid? HolidayCalendarId { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
