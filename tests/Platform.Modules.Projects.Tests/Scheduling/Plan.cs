using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>
/// Building blocks of the hand-computed cases. The calendar works Monday to Friday with Christmas Eve, Christmas Day
/// (Thursday 24 and Friday 25 December 2026) and New Year's Day (Friday 1 January 2027) off; projects start on Monday
/// 7 December 2026.
/// </summary>
internal static class Plan
{
    public static readonly DateOnly ProjectStart = Day(12, 7);

    public static readonly DateOnly[] Holidays = [Day(12, 24), Day(12, 25), new(2027, 1, 1)];

    public static WorkingCalendar WorkWeek() => new(WorkingWeekdays.MondayToFriday, Holidays);

    /// <summary>A day of December 2026.</summary>
    public static DateOnly Day(int month, int day) => new(month == 1 ? 2027 : 2026, month, day);

    /// <summary>A stable id per letter, so failures name the task.</summary>
    public static Guid Id(char name) => new($"00000000-0000-0000-0000-0000000000{(int)name:x2}");

    public static SchedulableTask Auto(char name, int days, char? parent = null, DateOnly? start = null) =>
        new(Id(name), SchedulingMode.Automatic, start, null, days, parent is { } p ? Id(p) : null);

    public static SchedulableTask Manual(char name, DateOnly start, DateOnly finish, int days) =>
        new(Id(name), SchedulingMode.Manual, start, finish, days, null);

    public static SchedulableLink Link(char from, char to, DependencyType type = DependencyType.FinishToStart, int lag = 0) =>
        new(Id(from), Id(to), type, lag);

    public static IReadOnlyDictionary<Guid, TaskDates> Forward(SchedulableTask[] tasks, params SchedulableLink[] links) =>
        ProjectScheduler.Forward(tasks, links, WorkWeek(), ProjectStart);

    public static TaskDates Dates(int startMonth, int startDay, int finishMonth, int finishDay) =>
        new(Day(startMonth, startDay), Day(finishMonth, finishDay));
}
