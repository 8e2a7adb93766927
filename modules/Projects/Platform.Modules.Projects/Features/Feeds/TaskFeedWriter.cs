using IcsCalendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>One all-day entry of a feed: a task's span (start to due, inclusive) or a milestone's day.</summary>
internal sealed record FeedEntry(string Uid, string Summary, string? Description, DateOnly First, DateOnly Last, bool Done, DateTimeOffset UpdatedAt);

/// <summary>
/// Writes tasks and milestones as an iCalendar (RFC 5545) file of all-day VEVENTs (DTEND exclusive). Events rather
/// than VTODOs because the calendar apps people subscribe with (Google Calendar, Outlook) show events from a
/// subscription and ignore to-dos. The task or milestone id is the UID, so apps update entries in place.
/// </summary>
internal static class TaskFeedWriter
{
    public const string ProductId = "-//Platform//Projects tasks//EN";

    public static string Write(string calendarName, IEnumerable<FeedEntry> entries)
    {
        var calendar = new IcsCalendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                DtStamp = new CalDateTime(entry.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = new CalDateTime(entry.First),
                DtEnd = new CalDateTime(entry.Last.AddDays(1)),
                Summary = entry.Done ? $"✓ {entry.Summary}" : entry.Summary,
                Description = entry.Description,
                // Tasks are work to plan around, not time blocked: they do not make anyone look busy.
                Transparency = "TRANSPARENT",
                Status = "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
