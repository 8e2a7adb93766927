using System.Globalization;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>How the time report groups the logged hours.</summary>
public enum TimeGrouping
{
    Person,
    Task,
    Week,
}

/// <summary>One logged time entry, as the time report reads it.</summary>
public readonly record struct TimeFact(Guid TaskId, Guid UserId, DateOnly Date, decimal Hours, bool Billable);

/// <summary>The hours of one person, task or ISO week.</summary>
/// <param name="Key">The user id, the task id, or the ISO week (2026-W48).</param>
/// <param name="Label">The person's name, the task's key and title, or the week's Monday to Sunday.</param>
public sealed record TimeReportRow(string Key, string Label, decimal Hours, decimal BillableHours, int Entries);

/// <summary>Logged hours in a date range grouped one way, with the totals.</summary>
public sealed record TimeReport(DateOnly From, DateOnly To, TimeGrouping GroupBy, decimal TotalHours, decimal BillableHours, IReadOnlyList<TimeReportRow> Rows);

/// <summary>
/// Groups time entries by person, task or ISO 8601 week (weeks start on Monday; the week of 29 December 2025 is
/// 2026-W01). Rows by person and task are ordered by hours, most first; weeks in calendar order.
/// </summary>
public static class TimeReportCalculator
{
    public static TimeReport Compute(
        IReadOnlyList<TimeFact> entries, DateOnly from, DateOnly to, TimeGrouping groupBy, Func<Guid, string> personLabel, Func<Guid, string> taskLabel)
    {
        var inRange = entries.Where(e => e.Date >= from && e.Date <= to).ToList();
        IEnumerable<TimeReportRow> rows = groupBy switch
        {
            TimeGrouping.Person => inRange.GroupBy(e => e.UserId).Select(g => Row(g.Key.ToString(), personLabel(g.Key), g)).OrderByDescending(r => r.Hours).ThenBy(r => r.Label, StringComparer.Ordinal),
            TimeGrouping.Task => inRange.GroupBy(e => e.TaskId).Select(g => Row(g.Key.ToString(), taskLabel(g.Key), g)).OrderByDescending(r => r.Hours).ThenBy(r => r.Label, StringComparer.Ordinal),
            _ => inRange.GroupBy(e => MondayOf(e.Date)).OrderBy(g => g.Key).Select(g => Row(WeekKey(g.Key), WeekLabel(g.Key), g)),
        };

        return new TimeReport(from, to, groupBy, inRange.Sum(e => e.Hours), inRange.Where(e => e.Billable).Sum(e => e.Hours), [.. rows]);
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The ISO week of a date: 2026-W48.</summary>
    public static string WeekKey(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    private static string WeekLabel(DateOnly monday) =>
        string.Create(CultureInfo.InvariantCulture, $"{monday:yyyy-MM-dd} to {monday.AddDays(6):yyyy-MM-dd}");

    private static TimeReportRow Row(string key, string label, IEnumerable<TimeFact> entries)
    {
        var list = entries.ToList();
        return new TimeReportRow(key, label, list.Sum(e => e.Hours), list.Where(e => e.Billable).Sum(e => e.Hours), list.Count);
    }
}
