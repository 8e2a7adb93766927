using Ical.Net;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Calendars;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>The iCalendar written for feeds, parsed back with Ical.Net as a calendar app would.</summary>
public sealed class LeaveFeedWriterTests
{
    [Fact]
    public void Each_absence_is_an_all_day_event_with_an_exclusive_end_and_the_request_as_uid()
    {
        var week = new FeedAbsence(Guid.CreateVersion7(), "Ada Lovelace", "Annual leave", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5), DayPart.FullDay, DayPart.Morning, 4.5m, DateTimeOffset.UnixEpoch);
        var morning = new FeedAbsence(Guid.CreateVersion7(), "Alan Turing", null, new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 8), DayPart.Morning, DayPart.Morning, 0.5m, DateTimeOffset.UnixEpoch);

        var calendar = Calendar.Load(LeaveFeedWriter.Write("Leave: team", [week, morning]))!;

        Assert.Equal(LeaveFeedWriter.ProductId, calendar.ProductId);
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal($"{week.RequestId}@hr.leave", events[0].Uid);
        Assert.Equal("Ada Lovelace: Annual leave", events[0].Summary);
        Assert.False(events[0].DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 3, 1), events[0].DtStart!.Date);
        Assert.Equal(new DateOnly(2027, 3, 6), events[0].DtEnd!.Date);
        Assert.Contains("(morning)", events[0].Description, StringComparison.Ordinal);
        Assert.Contains("4.5 working days", events[0].Description, StringComparison.Ordinal);
        Assert.Equal("Alan Turing: on leave (morning)", events[1].Summary);
        Assert.Equal(new DateOnly(2027, 3, 9), events[1].DtEnd!.Date);
    }

    [Fact]
    public void An_empty_feed_is_still_a_calendar() =>
        Assert.Empty(Calendar.Load(LeaveFeedWriter.Write("Leave: nobody", []))!.Events);
}
