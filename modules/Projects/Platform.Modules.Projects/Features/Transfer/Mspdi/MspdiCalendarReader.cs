using System.Xml.Linq;
using static Platform.Modules.Projects.Features.Transfer.Mspdi.MspdiElements;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// Reads the project calendar of an MSPDI file (the project's CalendarUID, else the first base calendar): working
/// weekdays, and days off from exceptions without working time on a date range (as DayType 0 week days in files of
/// MS Project 2003 and earlier). Recurring exceptions are left out with a warning.
/// </summary>
internal static class MspdiCalendarReader
{
    /// <summary>More days off than any real calendar holds; a bound on what an exception's date range may expand to.</summary>
    private const int MaxDaysOff = 3660;

    private static readonly XNamespace Ns = MspdiReader.Namespace;

    public static MspdiCalendar? Read(XElement root, List<MspdiError> errors, List<string> warnings)
    {
        var calendars = root.Element(Ns + "Calendars")?.Elements(Ns + "Calendar").ToList() ?? [];
        var uid = Text(root, "CalendarUID");
        var calendar = calendars.FirstOrDefault(c => uid is not null && Text(c, "UID") == uid) ?? calendars.FirstOrDefault(c => Flag(c, "IsBaseCalendar"));
        if (calendar is null)
        {
            return null;
        }

        var weekdays = new List<DayOfWeek>();
        var daysOff = new List<MspdiDayOff>();
        foreach (var day in calendar.Element(Ns + "WeekDays")?.Elements(Ns + "WeekDay") ?? [])
        {
            var type = Int(day, "DayType", "calendar", errors);
            if (type is >= 1 and <= 7 && Flag(day, "DayWorking"))
            {
                weekdays.Add((DayOfWeek)(type.Value - 1)); // DayType 1 is Sunday
            }
            else if (type == 0 && !Flag(day, "DayWorking"))
            {
                // Files of MS Project 2003 and earlier keep exceptions among the week days, as DayType 0.
                AddDaysOff(day.Element(Ns + "TimePeriod"), null, daysOff, errors);
            }
        }

        foreach (var exception in calendar.Element(Ns + "Exceptions")?.Elements(Ns + "Exception") ?? [])
        {
            if (Flag(exception, "DayWorking"))
            {
                continue; // extra working time: the module has no working exceptions
            }

            var type = Int(exception, "Type", "calendar", errors) ?? 1;
            if (type != 1)
            {
                warnings.Add($"The recurring calendar exception '{Text(exception, "Name")}' was left out; only exceptions on a date range are imported.");
                continue;
            }

            AddDaysOff(exception.Element(Ns + "TimePeriod"), Text(exception, "Name"), daysOff, errors);
        }

        if (weekdays.Count == 0)
        {
            weekdays.AddRange([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        }

        return new MspdiCalendar(weekdays.Distinct().Order().ToList(), daysOff.DistinctBy(d => d.Date).OrderBy(d => d.Date).ToList());
    }

    private static void AddDaysOff(XElement? period, string? name, List<MspdiDayOff> daysOff, List<MspdiError> errors)
    {
        var from = period is null ? null : Date(period, "FromDate", "calendar", errors, finish: false);
        var to = period is null ? null : Date(period, "ToDate", "calendar", errors, finish: true);
        if (from is null || to is null || to < from)
        {
            errors.Add(new MspdiError("calendar", $"The calendar exception '{name}' needs a TimePeriod with FromDate no later than ToDate."));
            return;
        }

        for (var date = from.Value; date <= to.Value; date = date.AddDays(1))
        {
            if (daysOff.Count >= MaxDaysOff)
            {
                errors.Add(new MspdiError("calendar", $"The calendar has more than {MaxDaysOff} days off."));
                return;
            }

            daysOff.Add(new MspdiDayOff(date, string.IsNullOrWhiteSpace(name) ? null : name.Trim()));
        }
    }
}
