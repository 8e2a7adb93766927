namespace Platform.Modules.Projects.Domain;

/// <summary>A set of weekdays, stored as bit flags (one bit per <see cref="DayOfWeek"/>).</summary>
[Flags]
public enum WorkingWeekdays
{
    None = 0,
    Sunday = 1 << DayOfWeek.Sunday,
    Monday = 1 << DayOfWeek.Monday,
    Tuesday = 1 << DayOfWeek.Tuesday,
    Wednesday = 1 << DayOfWeek.Wednesday,
    Thursday = 1 << DayOfWeek.Thursday,
    Friday = 1 << DayOfWeek.Friday,
    Saturday = 1 << DayOfWeek.Saturday,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
}

internal static class WorkingWeekdaysExtensions
{
    public static bool Includes(this WorkingWeekdays days, DayOfWeek day) => (days & (WorkingWeekdays)(1 << (int)day)) != 0;

    public static IEnumerable<DayOfWeek> Days(this WorkingWeekdays days) => Enum.GetValues<DayOfWeek>().Where(day => days.Includes(day));

    public static WorkingWeekdays From(IEnumerable<DayOfWeek> days) =>
        days.Aggregate(WorkingWeekdays.None, (set, day) => set | (WorkingWeekdays)(1 << (int)day));
}
