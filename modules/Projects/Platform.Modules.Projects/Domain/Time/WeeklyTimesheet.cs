namespace Platform.Modules.Projects.Domain.Time;

/// <summary>One logged amount as the timesheet and summaries read it.</summary>
/// <param name="TaskId">The task.</param>
/// <param name="UserId">The person.</param>
/// <param name="Date">The day.</param>
/// <param name="Minutes">The time.</param>
/// <param name="Billable">Whether it is billable.</param>
public sealed record LoggedTime(Guid TaskId, Guid UserId, DateOnly Date, int Minutes, bool Billable);

/// <summary>A task's line on a timesheet: minutes per day, Monday first.</summary>
public sealed record TimesheetLine(Guid TaskId, IReadOnlyList<int> MinutesPerDay, int TotalMinutes, int BillableMinutes);

/// <summary>A day's column total on a timesheet.</summary>
public sealed record TimesheetDayTotal(DateOnly Date, int Minutes, int BillableMinutes);

/// <summary>A person's week: one line per task with minutes per day, the totals of each day and of the week.</summary>
public sealed record WeeklyTimesheet(IsoWeek Week, IReadOnlyList<TimesheetLine> Lines, IReadOnlyList<TimesheetDayTotal> Days, int TotalMinutes, int BillableMinutes)
{
    public int NonBillableMinutes => TotalMinutes - BillableMinutes;

    /// <summary>Sums <paramref name="entries"/> of the week into lines (in the order of <paramref name="taskOrder"/>, then by id) and columns.</summary>
    public static WeeklyTimesheet Build(IsoWeek week, IEnumerable<LoggedTime> entries, IReadOnlyList<Guid>? taskOrder = null)
    {
        var monday = week.Monday;
        var inWeek = entries.Where(e => e.Date >= monday && e.Date <= week.Sunday).ToList();
        var order = (taskOrder ?? []).Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var lines = inWeek
            .GroupBy(e => e.TaskId)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key)
            .Select(g =>
            {
                var perDay = new int[7];
                foreach (var entry in g)
                {
                    perDay[entry.Date.DayNumber - monday.DayNumber] += entry.Minutes;
                }

                return new TimesheetLine(g.Key, perDay, perDay.Sum(), g.Where(e => e.Billable).Sum(e => e.Minutes));
            })
            .ToList();
        var days = week.Days
            .Select(d => new TimesheetDayTotal(d, inWeek.Where(e => e.Date == d).Sum(e => e.Minutes), inWeek.Where(e => e.Date == d && e.Billable).Sum(e => e.Minutes)))
            .ToList();
        return new WeeklyTimesheet(week, lines, days, inWeek.Sum(e => e.Minutes), inWeek.Where(e => e.Billable).Sum(e => e.Minutes));
    }
}
