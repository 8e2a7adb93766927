using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>
/// The calendar's O(1) arithmetic against day-by-day stepping, over random work weeks and holidays, inside, before
/// and after the span of the holidays.
/// </summary>
public sealed class WorkingCalendarOrdinalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Adding_and_counting_working_days_matches_stepping_day_by_day(int seed)
    {
        var random = new Random(seed);
        var weekdays = WorkingWeekdays.None;
        while (weekdays == WorkingWeekdays.None)
        {
            weekdays = (WorkingWeekdays)random.Next(1, 128);
        }

        var origin = new DateOnly(2026, 1, 1);
        var holidays = Enumerable.Range(0, 40).Select(_ => origin.AddDays(random.Next(400))).ToList();
        var calendar = new WorkingCalendar(weekdays, holidays);
        bool IsWorking(DateOnly d) => weekdays.Includes(d.DayOfWeek) && !holidays.Contains(d);

        for (var i = 0; i < 300; i++)
        {
            var from = origin.AddDays(random.Next(-120, 520));
            var days = random.Next(-60, 60);
            Assert.Equal(StepAdd(from, days, IsWorking), calendar.AddWorkingDays(from, days));

            var until = from.AddDays(random.Next(-5, 90));
            var count = 0;
            for (var d = from; d <= until; d = d.AddDays(1))
            {
                count += IsWorking(d) ? 1 : 0;
            }

            Assert.Equal(count, calendar.WorkingDaysBetween(from, until));
            Assert.Equal(IsWorking(from), calendar.IsWorkingDay(from));
        }
    }

    [Fact]
    public void Dates_at_the_ends_of_the_calendar_do_not_overflow()
    {
        var calendar = new WorkingCalendar(WorkingWeekdays.MondayToFriday, [new DateOnly(2026, 12, 25)]);
        Assert.Equal(new DateOnly(1, 1, 1), calendar.PreviousWorkingDay(DateOnly.MinValue));
        Assert.Equal(new DateOnly(9999, 12, 31), calendar.NextWorkingDay(new DateOnly(9999, 12, 31)));
        Assert.Equal(new DateOnly(1, 1, 1), calendar.AddWorkingDays(new DateOnly(1, 1, 2), -5));
    }

    private static DateOnly StepAdd(DateOnly from, int days, Func<DateOnly, bool> isWorking)
    {
        var step = days < 0 ? -1 : 1;
        var date = from;
        while (!isWorking(date))
        {
            date = date.AddDays(step);
        }

        for (var left = Math.Abs(days); left > 0; left--)
        {
            date = date.AddDays(step);
            while (!isWorking(date))
            {
                date = date.AddDays(step);
            }
        }

        return date;
    }
}
