using Ical.Net;
using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Holidays;

/// <summary>A holiday read from a file.</summary>
internal sealed record ImportedHoliday(DateOnly Date, string Name);

/// <summary>The holidays of an iCalendar file, the events that were not taken and why, or why the file is unusable.</summary>
internal sealed record HolidayFile(IReadOnlyList<ImportedHoliday> Holidays, IReadOnlyList<string> Skipped, string? Error);

/// <summary>
/// Reads holidays from an iCalendar (RFC 5545) file: every all-day VEVENT is a holiday, one per day it spans (DTEND
/// is exclusive; without DTEND or DURATION an all-day event lasts one day). Events with a time of day, recurring
/// events and events longer than <see cref="MaxEventDays"/> days are skipped with a reason; a date given twice keeps
/// its first name.
/// </summary>
internal static class HolidayFileReader
{
    public const int MaxEventDays = 31;

    public static HolidayFile Read(string text)
    {
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(text);
        }
        catch (Exception ex) when (ex is System.Runtime.Serialization.SerializationException or FormatException or ArgumentException)
        {
            return new HolidayFile([], [], $"The file is not an iCalendar file: {ex.Message}");
        }

        if (calendar is null)
        {
            return new HolidayFile([], [], "The file is not an iCalendar file: it holds no VCALENDAR.");
        }

        var holidays = new List<ImportedHoliday>();
        var skipped = new List<string>();
        var seen = new HashSet<DateOnly>();
        foreach (var calendarEvent in calendar.Events)
        {
            var name = string.IsNullOrWhiteSpace(calendarEvent.Summary) ? "Holiday" : calendarEvent.Summary.Trim();
            name = name.Length > Holiday.NameMaxLength ? name[..Holiday.NameMaxLength] : name;
            if (calendarEvent.DtStart is not { } start)
            {
                skipped.Add($"'{name}': no DTSTART.");
                continue;
            }

            if (start.HasTime)
            {
                skipped.Add($"'{name}' on {start.Date:yyyy-MM-dd}: has a time of day; only all-day events are holidays.");
                continue;
            }

            if (calendarEvent.RecurrenceRule is not null)
            {
                skipped.Add($"'{name}' from {start.Date:yyyy-MM-dd}: recurring events are not expanded; list each year's date.");
                continue;
            }

            var days = DaysOf(calendarEvent, start.Date);
            if (days > MaxEventDays)
            {
                skipped.Add($"'{name}' from {start.Date:yyyy-MM-dd}: lasts {days} days, more than {MaxEventDays}.");
                continue;
            }

            for (var i = 0; i < days; i++)
            {
                var date = start.Date.AddDays(i);
                if (seen.Add(date))
                {
                    holidays.Add(new ImportedHoliday(date, name));
                }
            }
        }

        return holidays.Count == 0
            ? new HolidayFile([], skipped, "The file holds no all-day events, so no holidays." + (skipped.Count > 0 ? " " + string.Join(" ", skipped) : ""))
            : new HolidayFile(holidays.OrderBy(h => h.Date).ToList(), skipped, null);
    }

    private static int DaysOf(Ical.Net.CalendarComponents.CalendarEvent calendarEvent, DateOnly start)
    {
        if (calendarEvent.DtEnd is { HasTime: false } end)
        {
            return Math.Max(1, end.Date.DayNumber - start.DayNumber);
        }

        if (calendarEvent.Duration is { } duration && duration.Days is { } wholeDays)
        {
            return Math.Max(1, (duration.Weeks ?? 0) * 7 + wholeDays);
        }

        return 1;
    }
}
