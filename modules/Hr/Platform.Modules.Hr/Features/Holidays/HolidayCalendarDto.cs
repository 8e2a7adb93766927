using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Holidays;

/// <summary>A holiday calendar; <see cref="Holidays"/> is filled when one calendar is read. <see cref="Version"/> is also the ETag.</summary>
public sealed record HolidayCalendarDto(Guid Id, string Name, int HolidayCount, IReadOnlyList<HolidayDto>? Holidays, long Version);

public sealed record HolidayDto(Guid Id, DateOnly Date, string Name, bool IsHalfDay)
{
    public static HolidayDto From(Holiday h) => new(h.Id, h.Date, h.Name, h.IsHalfDay);
}

/// <summary>A calendar's name, for create and rename.</summary>
public sealed record HolidayCalendarRequest(string Name);

/// <summary>A holiday entered by hand.</summary>
public sealed record HolidayRequest(DateOnly? Date, string Name, bool IsHalfDay = false);

/// <summary>What an import changed: holidays added, holidays whose name or half-day flag changed, holidays removed (replace mode), and events not taken with the reason.</summary>
public sealed record HolidayImportResult(int Added, int Updated, int Removed, IReadOnlyList<string> Skipped);
