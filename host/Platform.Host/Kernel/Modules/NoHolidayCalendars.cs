using Platform.Sdk.Calendars;

namespace Platform.Host.Kernel.Modules;

/// <summary>The host's holiday calendars when no module provides them: there are none, so planning counts weekends only.</summary>
internal sealed class NoHolidayCalendars : IHolidayCalendars
{
    public Task<IReadOnlyList<HolidayCalendarSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HolidayCalendarSummary>>([]);

    public Task<HolidayCalendarSummary?> FindAsync(Guid calendarId, CancellationToken cancellationToken) =>
        Task.FromResult<HolidayCalendarSummary?>(null);

    public Task<IReadOnlyList<PublicHoliday>> GetHolidaysAsync(Guid calendarId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PublicHoliday>>([]);
}
