using System.Xml.Linq;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Mspdi;
using static Platform.Modules.Projects.Tests.Transfer.TransferTestFiles;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>What the writer produces reads back as the same project, in the structure MS Project expects.</summary>
public sealed class MspdiWriterTests
{
    [Fact]
    public void Read_write_read_gives_the_same_project()
    {
        var (first, errors, _) = MspdiReader.Read(EveryLinkType());
        Assert.Empty(errors);
        var written = MspdiWriter.Write(first!, new DateOnly(2027, 1, 4));
        var (second, again, warnings) = MspdiReader.Read(written);
        Assert.Empty(again);
        Assert.Empty(warnings);
        Assert.Equal(first!.Name, second!.Name);
        Assert.Equal(first.Calendar!.WorkingWeekdays, second.Calendar!.WorkingWeekdays);
        Assert.Equal(first.Calendar.DaysOff, second.Calendar.DaysOff);
        Assert.Equal(first.Tasks.Count, second.Tasks.Count);
        for (var i = 0; i < first.Tasks.Count; i++)
        {
            Assert.Equal(first.Tasks[i] with { Predecessors = [] }, second.Tasks[i] with { Predecessors = [] });
            Assert.Equal(first.Tasks[i].Predecessors, second.Tasks[i].Predecessors);
        }
    }

    [Fact]
    public void Outline_numbers_summaries_and_lags_are_written_as_MS_Project_writes_them()
    {
        var project = new MspdiProject("Plan", null,
        [
            new MspdiTask(10, "Phase", null, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5), 2, false, 0, false, null, []),
            new MspdiTask(11, "Child", 10, new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5), 2, false, 0, true, "n", []),
            new MspdiTask(12, "Done", null, new DateOnly(2027, 1, 7), new DateOnly(2027, 1, 7), 0, true, 0, false, null,
                [new MspdiLink(11, DependencyType.FinishToStart, -2)]),
        ]);
        XNamespace ns = MspdiReader.Namespace;
        var xml = XDocument.Load(new MemoryStream(MspdiWriter.Write(project, null)));
        var tasks = xml.Root!.Element(ns + "Tasks")!.Elements(ns + "Task").ToList();
        Assert.Equal(["1", "1.1", "2"], tasks.Select(t => t.Element(ns + "OutlineNumber")!.Value));
        Assert.Equal(["1", "0", "0"], tasks.Select(t => t.Element(ns + "Summary")!.Value));
        Assert.Equal("2027-01-07T17:00:00", tasks[2].Element(ns + "Start")!.Value);
        var link = tasks[2].Element(ns + "PredecessorLink")!;
        Assert.Equal(("11", "1", "-9600", "7"), (link.Element(ns + "PredecessorUID")!.Value, link.Element(ns + "Type")!.Value, link.Element(ns + "LinkLag")!.Value, link.Element(ns + "LagFormat")!.Value));
        Assert.Equal("2027-01-04T08:00:00", xml.Root.Element(ns + "StartDate")!.Value);
    }
}
