using IcsCalendar = Ical.Net.Calendar;
using Platform.Modules.Projects.Features.Feeds;

namespace Platform.Modules.Projects.Tests.Feeds;

/// <summary>Feeds are RFC 5545 files of all-day events that calendar libraries read back as written.</summary>
public sealed class TaskFeedWriterTests
{
    [Fact]
    public void Entries_are_all_day_events_with_an_exclusive_end_and_stable_uids()
    {
        var stamp = new DateTimeOffset(2027, 1, 2, 10, 0, 0, TimeSpan.Zero);
        var text = TaskFeedWriter.Write("WEB tasks", [
            new FeedEntry("a@projects.task", "WEB-1 Build, the API; v2", "Line one\nline two", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8), false, stamp),
            new FeedEntry("b@projects.milestone", "◆ Launch", null, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 1), true, stamp),
        ]);

        var calendar = IcsCalendar.Load(text)!;
        Assert.Equal(TaskFeedWriter.ProductId, calendar.ProductId);
        Assert.Equal("WEB tasks", calendar.Properties["X-WR-CALNAME"]!.Value);
        var build = calendar.Events.Single(e => e.Uid == "a@projects.task");
        Assert.Equal("WEB-1 Build, the API; v2", build.Summary);
        Assert.Equal("Line one\nline two", build.Description);
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 9)), (build.DtStart!.Date, build.DtEnd!.Date));
        Assert.False(build.DtStart.HasTime);
        var launch = calendar.Events.Single(e => e.Uid == "b@projects.milestone");
        Assert.Equal("✓ ◆ Launch", launch.Summary);
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 2)), (launch.DtStart!.Date, launch.DtEnd!.Date));
    }
}
