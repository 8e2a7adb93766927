using System.Globalization;
using System.Text;
using System.Xml;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// Writes an <see cref="MspdiProject"/> as MS Project 2016+ saves XML: the project's settings (8-hour days, 40-hour
/// weeks), one base calendar "Standard" with the working weekdays (8:00-12:00, 13:00-17:00) and the days off as
/// exceptions, and the tasks in outline order with ID, OutlineNumber and OutlineLevel, Start at 8:00 and Finish at
/// 17:00, durations as PT…H0M0S, and predecessor links with lags in days (LagFormat 7).
/// </summary>
internal static class MspdiWriter
{
    private const string DayStart = "T08:00:00";
    private const string DayEnd = "T17:00:00";

    public static byte[] Write(MspdiProject project, DateOnly? projectStart)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Project", MspdiReader.Namespace);
            Element(xml, "SaveVersion", "14");
            Element(xml, "Name", project.Name);
            Element(xml, "Title", project.Name);
            var start = projectStart ?? project.Tasks.Select(t => t.Start).Min();
            Element(xml, "ScheduleFromStart", "1");
            if (start is { } s)
            {
                Element(xml, "StartDate", DateTime(s, DayStart));
            }

            Element(xml, "CalendarUID", "1");
            Element(xml, "MinutesPerDay", MspdiUnits.MinutesPerDay.ToString(CultureInfo.InvariantCulture));
            Element(xml, "MinutesPerWeek", (MspdiUnits.MinutesPerDay * 5).ToString(CultureInfo.InvariantCulture));
            Element(xml, "DaysPerMonth", "20");
            Element(xml, "DurationFormat", MspdiUnits.DaysFormat.ToString(CultureInfo.InvariantCulture));
            WriteCalendar(xml, project.Calendar);
            WriteTasks(xml, project.Tasks);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteCalendar(XmlWriter xml, MspdiCalendar? calendar)
    {
        var weekdays = calendar?.WorkingWeekdays ?? [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        xml.WriteStartElement("Calendars");
        xml.WriteStartElement("Calendar");
        Element(xml, "UID", "1");
        Element(xml, "Name", "Standard");
        Element(xml, "IsBaseCalendar", "1");
        Element(xml, "BaseCalendarUID", "-1");
        xml.WriteStartElement("WeekDays");
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            xml.WriteStartElement("WeekDay");
            Element(xml, "DayType", ((int)day + 1).ToString(CultureInfo.InvariantCulture));
            var working = weekdays.Contains(day);
            Element(xml, "DayWorking", working ? "1" : "0");
            if (working)
            {
                xml.WriteStartElement("WorkingTimes");
                foreach (var (from, to) in new[] { ("08:00:00", "12:00:00"), ("13:00:00", "17:00:00") })
                {
                    xml.WriteStartElement("WorkingTime");
                    Element(xml, "FromTime", from);
                    Element(xml, "ToTime", to);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Exceptions");
        foreach (var day in calendar?.DaysOff ?? [])
        {
            xml.WriteStartElement("Exception");
            Element(xml, "EnteredByOccurrences", "0");
            xml.WriteStartElement("TimePeriod");
            Element(xml, "FromDate", DateTime(day.Date, "T00:00:00"));
            Element(xml, "ToDate", DateTime(day.Date, "T23:59:00"));
            xml.WriteEndElement();
            Element(xml, "Occurrences", "1");
            Element(xml, "Name", day.Name);
            Element(xml, "Type", "1");
            Element(xml, "DayWorking", "0");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteTasks(XmlWriter xml, IReadOnlyList<MspdiTask> tasks)
    {
        var parents = tasks.Where(t => t.ParentUid is not null).Select(t => t.ParentUid!.Value).ToHashSet();
        var outline = new Dictionary<int, (string Number, int Level, int Children)>();
        var topLevel = 0;
        xml.WriteStartElement("Tasks");
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            string number;
            int level;
            if (task.ParentUid is { } parentUid && outline.TryGetValue(parentUid, out var parent))
            {
                outline[parentUid] = parent with { Children = parent.Children + 1 };
                number = $"{parent.Number}.{parent.Children + 1}";
                level = parent.Level + 1;
            }
            else
            {
                number = (++topLevel).ToString(CultureInfo.InvariantCulture);
                level = 1;
            }

            outline[task.Uid] = (number, level, 0);
            xml.WriteStartElement("Task");
            Element(xml, "UID", task.Uid.ToString(CultureInfo.InvariantCulture));
            Element(xml, "ID", (i + 1).ToString(CultureInfo.InvariantCulture));
            Element(xml, "Name", task.Name);
            Element(xml, "Active", "1");
            Element(xml, "Manual", task.Manual ? "1" : "0");
            Element(xml, "Type", "0");
            Element(xml, "IsNull", "0");
            Element(xml, "WBS", number);
            Element(xml, "OutlineNumber", number);
            Element(xml, "OutlineLevel", level.ToString(CultureInfo.InvariantCulture));
            if (task.Start is { } start)
            {
                Element(xml, "Start", DateTime(start, task.IsMilestone ? DayEnd : DayStart));
            }

            if (task.Finish is { } finish)
            {
                Element(xml, "Finish", DateTime(finish, DayEnd));
            }

            Element(xml, "Duration", MspdiUnits.DurationOf(task.DurationDays));
            Element(xml, "DurationFormat", MspdiUnits.DaysFormat.ToString(CultureInfo.InvariantCulture));
            Element(xml, "Milestone", task.IsMilestone ? "1" : "0");
            Element(xml, "Summary", parents.Contains(task.Uid) ? "1" : "0");
            Element(xml, "PercentComplete", task.PercentComplete.ToString(CultureInfo.InvariantCulture));
            Element(xml, "Notes", task.Notes);
            foreach (var link in task.Predecessors)
            {
                xml.WriteStartElement("PredecessorLink");
                Element(xml, "PredecessorUID", link.PredecessorUid.ToString(CultureInfo.InvariantCulture));
                Element(xml, "Type", MspdiUnits.LinkTypeCode(link.Type).ToString(CultureInfo.InvariantCulture));
                Element(xml, "CrossProject", "0");
                Element(xml, "LinkLag", MspdiUnits.LinkLagOf(link.LagDays).ToString(CultureInfo.InvariantCulture));
                Element(xml, "LagFormat", MspdiUnits.DaysFormat.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string DateTime(DateOnly date, string time) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + time;

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (value is not null)
        {
            xml.WriteElementString(name, MspdiReader.Namespace, value);
        }
    }
}
