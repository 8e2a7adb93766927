using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Tests.Time;

/// <summary>A week's time per task per day, with the day and week totals and the billable split.</summary>
public sealed class WeeklyTimesheetTests
{
    private static readonly Guid Person = Guid.CreateVersion7();
    private static readonly Guid Design = Guid.Parse("00000000-0000-7000-8000-00000000000a");
    private static readonly Guid Build = Guid.Parse("00000000-0000-7000-8000-00000000000b");
    private static readonly IsoWeek Week48 = new(2026, 48); // Monday 2026-11-23

    [Fact]
    public void Entries_sum_per_task_per_day_with_totals_and_the_billable_split()
    {
        var entries = new[]
        {
            new LoggedTime(Design, Person, new DateOnly(2026, 11, 23), 90, true),
            new LoggedTime(Design, Person, new DateOnly(2026, 11, 23), 30, false),
            new LoggedTime(Build, Person, new DateOnly(2026, 11, 25), 240, true),
            new LoggedTime(Design, Person, new DateOnly(2026, 11, 29), 60, false),
            new LoggedTime(Build, Person, new DateOnly(2026, 11, 30), 480, true), // next week
        };

        var sheet = WeeklyTimesheet.Build(Week48, entries, [Build, Design]);

        Assert.Equal([Build, Design], sheet.Lines.Select(l => l.TaskId));
        Assert.Equal([0, 0, 240, 0, 0, 0, 0], sheet.Lines[0].MinutesPerDay);
        Assert.Equal([120, 0, 0, 0, 0, 0, 60], sheet.Lines[1].MinutesPerDay);
        Assert.Equal(180, sheet.Lines[1].TotalMinutes);
        Assert.Equal(90, sheet.Lines[1].BillableMinutes);
        Assert.Equal([120, 0, 240, 0, 0, 0, 60], sheet.Days.Select(d => d.Minutes));
        Assert.Equal(new DateOnly(2026, 11, 29), sheet.Days[^1].Date);
        Assert.Equal(420, sheet.TotalMinutes);
        Assert.Equal(330, sheet.BillableMinutes);
        Assert.Equal(90, sheet.NonBillableMinutes);
    }

    [Fact]
    public void An_empty_week_has_seven_empty_days()
    {
        var sheet = WeeklyTimesheet.Build(Week48, []);

        Assert.Empty(sheet.Lines);
        Assert.Equal(7, sheet.Days.Count);
        Assert.Equal(0, sheet.TotalMinutes);
    }
}
