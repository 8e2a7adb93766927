namespace Platform.Sdk.Calendars;

/// <summary>
/// The organisation's holiday calendars (public holidays per country or office), for modules that plan in working days.
/// A capability contract: the host's default knows no calendars (<see cref="ListAsync"/> is empty, lookups find nothing);
/// a module that keeps them (HR, with a calendar per location) provides an implementation with
/// <see cref="Modules.ModuleBuilder.ProvideCapability{TContract, TImplementation}"/>. Modules must keep working, with
/// weekends only, when no calendar is known.
/// </summary>
public interface IHolidayCalendars
{
    /// <summary>Every calendar, by name.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<HolidayCalendarSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The calendar <paramref name="calendarId"/>, or null when there is none.</summary>
    /// <param name="calendarId">The calendar's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<HolidayCalendarSummary?> FindAsync(Guid calendarId, CancellationToken cancellationToken);

    /// <summary>The holidays of <paramref name="calendarId"/> from <paramref name="from"/> to <paramref name="to"/> (both included), by date; empty for an unknown calendar.</summary>
    /// <param name="calendarId">The calendar's id.</param>
    /// <param name="from">The first day of interest.</param>
    /// <param name="to">The last day of interest.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<PublicHoliday>> GetHolidaysAsync(Guid calendarId, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>A holiday calendar.</summary>
/// <param name="Id">The calendar's id.</param>
/// <param name="Name">Its name, e.g. "Germany (Berlin)".</param>
/// <param name="UsedBy">What follows it in the providing module, e.g. the names of the offices whose calendar it is.</param>
public sealed record HolidayCalendarSummary(Guid Id, string Name, IReadOnlyList<string> UsedBy);

/// <summary>One holiday of a calendar.</summary>
/// <param name="Date">The day.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsHalfDay">Whether only half of the day is off.</param>
public sealed record PublicHoliday(DateOnly Date, string Name, bool IsHalfDay);
