using System.Collections.Concurrent;

namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Conversions between instants and the wall clock of a location.</summary>
internal static class LocalTime
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The zone for an IANA id; UTC for employees without a location or an unknown id.</summary>
    public static TimeZoneInfo Zone(string? timeZoneId) =>
        string.IsNullOrEmpty(timeZoneId)
            ? TimeZoneInfo.Utc
            : Zones.GetOrAdd(timeZoneId, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>The local calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The instant the wall clock in <paramref name="zone"/> shows <paramref name="time"/> on <paramref name="date"/>.
    /// A time skipped when clocks go forward maps to the same distance past the jump (02:30 becomes 03:30); a time
    /// that occurs twice when clocks go back maps to its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
