namespace Platform.Modules.Hr.Domain.Attendance;

/// <summary>Which part of a working day is off (leave or holiday).</summary>
public enum DayOff
{
    None,
    Morning,
    Afternoon,
    FullDay,
}

internal static class DayOffRules
{
    /// <summary>
    /// The part of <paramref name="date"/> an approved request covers. A request starting in the afternoon leaves the
    /// first morning to work; one ending in the morning leaves the last afternoon; a one-day request with a half part
    /// is that half.
    /// </summary>
    public static DayOff Of(LeaveRequest request, DateOnly date)
    {
        if (date < request.StartDate || date > request.EndDate)
        {
            return DayOff.None;
        }

        if (request.StartDate == request.EndDate)
        {
            return (request.StartPart, request.EndPart) switch
            {
                (DayPart.Morning, DayPart.Afternoon) => DayOff.FullDay,
                (DayPart.Morning, _) or (_, DayPart.Morning) => DayOff.Morning,
                (DayPart.Afternoon, _) or (_, DayPart.Afternoon) => DayOff.Afternoon,
                _ => DayOff.FullDay,
            };
        }

        if (date == request.StartDate && request.StartPart == DayPart.Afternoon)
        {
            return DayOff.Afternoon;
        }

        return date == request.EndDate && request.EndPart == DayPart.Morning ? DayOff.Morning : DayOff.FullDay;
    }

    /// <summary>A half-day holiday is the afternoon off (as on Christmas Eve).</summary>
    public static DayOff Of(Holiday holiday) => holiday.IsHalfDay ? DayOff.Afternoon : DayOff.FullDay;

    /// <summary>Two parts off together: a morning and an afternoon make the whole day.</summary>
    public static DayOff Combine(DayOff a, DayOff b) => (a, b) switch
    {
        (DayOff.None, _) => b,
        (_, DayOff.None) => a,
        _ when a == b => a,
        _ => DayOff.FullDay,
    };
}
