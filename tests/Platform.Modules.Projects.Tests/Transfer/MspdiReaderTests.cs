using System.Text;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Mspdi;
using static Platform.Modules.Projects.Tests.Transfer.TransferTestFiles;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>Reading MSPDI files as MS Project 2016+ saves them, and refusing hostile or broken ones with the place of the problem.</summary>
public sealed class MspdiReaderTests
{
    [Fact]
    public void The_file_with_every_link_type_reads_tasks_hierarchy_milestones_links_and_calendar()
    {
        var (project, errors, warnings) = MspdiReader.Read(EveryLinkType());
        Assert.Empty(errors);
        Assert.NotNull(project);
        Assert.Equal("Every link type.xml", project.Name);
        Assert.Equal(13, project.Tasks.Count); // the project summary task (UID 0) is not a task

        var byUid = project.Tasks.ToDictionary(t => t.Uid);
        Assert.Equal([null, 1, 1, 1, null, 5, 6, 6, 5, 5, 5, null, null], project.Tasks.Select(t => t.ParentUid));
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8), 5, 100), (byUid[2].Start, byUid[2].Finish, byUid[2].DurationDays, byUid[2].PercentComplete));
        Assert.Equal("Gather the **requirements** from the stakeholders.", byUid[2].Notes);
        Assert.True(byUid[8].Manual);
        Assert.False(byUid[7].Manual);
        Assert.True(byUid[12].IsMilestone);
        Assert.Equal((0, new DateOnly(2027, 2, 18)), (byUid[12].DurationDays, byUid[12].Finish));

        string Links(int uid) => string.Join(" ", byUid[uid].Predecessors.Select(l => $"{l.PredecessorUid}:{l.Type}:{l.LagDays}"));
        Assert.Equal("2:FinishToStart:2", Links(3));
        Assert.Equal("3:StartToStart:1", Links(4));
        Assert.Equal("3:FinishToFinish:-1", Links(6));
        Assert.Equal("4:StartToFinish:5", Links(7));
        Assert.Equal("7:FinishToStart:1", Links(8));
        Assert.Equal("8:FinishToStart:2 2:StartToStart:2", Links(9));
        Assert.Equal("2:FinishToStart:20 9:FinishToFinish:7", Links(10));
        Assert.Equal("10:FinishToStart:1 6:StartToStart:30 4:FinishToStart:3", Links(11));
        Assert.Equal("11:FinishToStart:0 9:FinishToStart:0", Links(12));
        Assert.Equal("12:FinishToStart:1", Links(13));

        Assert.NotNull(project.Calendar);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], project.Calendar.WorkingWeekdays);
        Assert.Equal(
            [(new DateOnly(2027, 1, 1), "New Year"), (new DateOnly(2027, 3, 26), "Easter"), (new DateOnly(2027, 3, 27), "Easter"), (new DateOnly(2027, 3, 28), "Easter"), (new DateOnly(2027, 3, 29), "Easter")],
            project.Calendar.DaysOff.Select(d => (d.Date, d.Name)));
        var recurring = Assert.Single(warnings);
        Assert.Contains("Company day", recurring, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_declaration_is_refused_not_expanded()
    {
        var xxe = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]><Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID><Name>&secret;</Name></Task></Tasks></Project>""");
        var (project, errors, _) = MspdiReader.Read(xxe);
        Assert.Null(project);
        var error = Assert.Single(errors);
        Assert.Equal("file", error.Field);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_is_refused()
    {
        var laughs = new StringBuilder("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">""");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        }

        laughs.Append("""]><Project xmlns="http://schemas.microsoft.com/project"><Name>&lol9;</Name></Project>""");
        var (project, errors, _) = MspdiReader.Read(Encoding.UTF8.GetBytes(laughs.ToString()));
        Assert.Null(project);
        Assert.Equal("file", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("title,due\nBuild,2027-01-01\n")]
    [InlineData("<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>")]
    [InlineData("")]
    public void Text_that_is_not_XML_is_refused(string text)
    {
        var (project, errors, _) = MspdiReader.Read(Encoding.UTF8.GetBytes(text));
        Assert.Null(project);
        Assert.Contains("not well-formed", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_outside_the_MSPDI_namespace_is_refused()
    {
        var (project, errors, _) = MspdiReader.Read(Encoding.UTF8.GetBytes("<Project xmlns=\"urn:other\"><Tasks/></Project>"));
        Assert.Null(project);
        Assert.Contains("http://schemas.microsoft.com/project", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_unknown_tasks_bad_types_and_percentage_lags_are_each_named()
    {
        var file = Mspdi(Task(1, "A") + Task(2, "B", extra: Link(9)) + Task(3, "C", extra: Link(1, type: 7)) + Task(4, "D", extra: Link(1, lag: 500, format: 19)) + Task(5, "E", extra: Link(5)));
        var (project, errors, _) = MspdiReader.Read(file);
        Assert.Null(project);
        Assert.Equal(
            ["tasks[UID=2].predecessorLink", "tasks[UID=3].predecessorLink[0].type", "tasks[UID=4].predecessorLink[0].lagFormat", "tasks[UID=5].predecessorLink"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cycle_of_links_is_refused_naming_it()
    {
        var file = Mspdi(Task(1, "A", extra: Link(3)) + Task(2, "B", extra: Link(1)) + Task(3, "C", extra: Link(2)) + Task(4, "D", extra: Link(3)));
        var (project, errors, _) = MspdiReader.Read(file);
        Assert.Null(project);
        var cycle = Assert.Single(errors);
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);
        Assert.Contains("→", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_names_duplicate_uids_and_broken_values_are_named_by_task()
    {
        var file = Mspdi(Task(1, "") + Task(2, "B", extra: "<Start>soon</Start><PercentComplete>150</PercentComplete>") + Task(2, "B again") + Task(3, "C", level: 3));
        var (_, errors, _) = MspdiReader.Read(file);
        Assert.Contains(errors, e => e.Field == "tasks[UID=1].name");
        Assert.Contains(errors, e => e.Field == "tasks[UID=2].start");
        Assert.Contains(errors, e => e.Field == "tasks[UID=2].percentComplete");
        Assert.Contains(errors, e => e.Field == "tasks[UID=2]" && e.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "tasks[UID=3].outlineLevel");
    }

    [Fact]
    public void Outline_numbers_alone_give_the_hierarchy()
    {
        var tasks = "<Task><UID>1</UID><Name>P</Name><OutlineNumber>1</OutlineNumber></Task><Task><UID>2</UID><Name>C</Name><OutlineNumber>1.1</OutlineNumber></Task><Task><UID>3</UID><Name>N</Name><OutlineNumber>2</OutlineNumber></Task>";
        var (project, errors, _) = MspdiReader.Read(Mspdi(tasks));
        Assert.Empty(errors);
        Assert.Equal([null, 1, null], project!.Tasks.Select(t => t.ParentUid));
    }
}
