using System.Globalization;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Calendars;

/// <summary>One approved absence to put in a feed; <see cref="LeaveTypeName"/> is null when the feed does not show types.</summary>
internal sealed record FeedAbsence(Guid RequestId, string EmployeeName, string? LeaveTypeName, DateOnly StartDate, DateOnly EndDate, DayPart StartPart, DayPart EndPart, decimal Days, DateTimeOffset UpdatedAt);

/// <summary>
/// Writes approved leave as an iCalendar (RFC 5545) file: one all-day event per request (DTEND exclusive), the
/// request id as UID so calendar apps update events in place, half days named in the summary and the description.
/// </summary>
internal static class LeaveFeedWriter
{
    public const string ProductId = "-//Platform//HR leave//EN";

    public static string Write(string calendarName, IEnumerable<FeedAbsence> absences)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        foreach (var absence in absences)
        {
            var what = absence.LeaveTypeName ?? "on leave";
            var halfDay = absence.StartDate == absence.EndDate && absence.StartPart != DayPart.FullDay ? $" ({absence.StartPart.ToString().ToLowerInvariant()})" : "";
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{absence.RequestId}@hr.leave",
                DtStamp = new CalDateTime(absence.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
                DtStart = new CalDateTime(absence.StartDate),
                DtEnd = new CalDateTime(absence.EndDate.AddDays(1)),
                Summary = $"{absence.EmployeeName}: {what}{halfDay}",
                Description = Describe(absence),
                Transparency = "TRANSPARENT",
                Status = "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Describe(FeedAbsence absence)
    {
        var from = absence.StartPart == DayPart.Afternoon ? $"{absence.StartDate:yyyy-MM-dd} (afternoon)" : $"{absence.StartDate:yyyy-MM-dd}";
        var to = absence.EndPart == DayPart.Morning ? $"{absence.EndDate:yyyy-MM-dd} (morning)" : $"{absence.EndDate:yyyy-MM-dd}";
        var span = absence.StartDate == absence.EndDate ? from : $"{from} to {to}";
        return string.Create(CultureInfo.InvariantCulture, $"{span}: {absence.Days:0.##} working day{(absence.Days == 1 ? "" : "s")}.");
    }
}
