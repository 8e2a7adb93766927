using Platform.Modules.Hr.Features.Holidays;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>Reading holidays out of iCalendar files, and refusing files that are not iCalendar.</summary>
public sealed class HolidayFileReaderTests
{
    private static string Ics(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Holidays//EN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    private static string AllDay(string summary, string start, string? end = null) =>
        $"BEGIN:VEVENT\r\nUID:{Guid.NewGuid()}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:{start}\r\n" + (end is null ? "" : $"DTEND;VALUE=DATE:{end}\r\n") + $"SUMMARY:{summary}\r\nEND:VEVENT\r\n";

    [Fact]
    public void All_day_events_become_holidays_and_multi_day_events_one_per_day()
    {
        var file = HolidayFileReader.Read(Ics(AllDay("New Year", "20270101", "20270102"), AllDay("Christmas", "20271225", "20271227"), AllDay("Labour Day", "20270501")));
        Assert.Null(file.Error);
        Assert.Equal(
            [(new DateOnly(2027, 1, 1), "New Year"), (new DateOnly(2027, 5, 1), "Labour Day"), (new DateOnly(2027, 12, 25), "Christmas"), (new DateOnly(2027, 12, 26), "Christmas")],
            file.Holidays.Select(h => (h.Date, h.Name)));
        Assert.Empty(file.Skipped);
    }

    [Fact]
    public void Timed_and_recurring_events_are_skipped_with_a_reason_and_a_repeated_date_keeps_its_first_name()
    {
        var timed = "BEGIN:VEVENT\r\nUID:t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270301T090000Z\r\nDTEND:20270301T100000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n";
        var recurring = "BEGIN:VEVENT\r\nUID:r\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270704\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Every year\r\nEND:VEVENT\r\n";
        var file = HolidayFileReader.Read(Ics(AllDay("First", "20270601"), AllDay("Second", "20270601"), timed, recurring));
        Assert.Null(file.Error);
        Assert.Equal([(new DateOnly(2027, 6, 1), "First")], file.Holidays.Select(h => (h.Date, h.Name)));
        Assert.Equal(2, file.Skipped.Count);
        Assert.Contains(file.Skipped, s => s.Contains("Meeting", StringComparison.Ordinal) && s.Contains("time of day", StringComparison.Ordinal));
        Assert.Contains(file.Skipped, s => s.Contains("Every year", StringComparison.Ordinal) && s.Contains("recurring", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Date,Name\n2027-01-01,New Year\n")]
    [InlineData("")]
    [InlineData("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\n")]
    [InlineData("{\"holidays\": []}")]
    public void A_file_that_is_not_iCalendar_is_refused(string text)
    {
        var file = HolidayFileReader.Read(text);
        Assert.NotNull(file.Error);
        Assert.Empty(file.Holidays);
    }

    [Fact]
    public void A_calendar_without_all_day_events_is_refused_saying_why()
    {
        var timed = "BEGIN:VEVENT\r\nUID:t\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270301T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n";
        var file = HolidayFileReader.Read(Ics(timed));
        Assert.Contains("no all-day events", file.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_longer_than_a_month_are_skipped()
    {
        var file = HolidayFileReader.Read(Ics(AllDay("Summer", "20270601", "20270901"), AllDay("Day", "20270101")));
        Assert.Single(file.Holidays);
        Assert.Contains(file.Skipped, s => s.Contains("Summer", StringComparison.Ordinal));
    }
}
