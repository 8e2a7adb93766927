using System.Text;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Csv;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>Reading task CSV files: every cell parsed, every problem reported with its row and column.</summary>
public sealed class TaskCsvReaderTests
{
    private static (List<TaskFileRow> Rows, List<ImportRowError> Errors) Read(string text) => TaskCsvReader.Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Every_column_is_read()
    {
        var (rows, errors) = Read(
            "title,description,status,priority,assignees,start,due,duration,mode,estimate,remaining,progress,labels,parent,milestone,predecessors\n"
            + "Phase,,,,,,,,,,,,,,,\n"
            + "\"Build, test\",\"Multi\nline\",InProgress,high,a@x.test; department:0198c1a0-0000-7000-8000-000000000001,2027-01-04,2027-01-08,5,Manual,40.5,10,25,api;backend,1,Beta,1SS+2\n");
        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        var build = rows[1];
        Assert.Equal((2, "Build, test", "Multi\nline", "InProgress", TaskPriority.High), (build.Row, build.Title, build.Description, build.Status, build.Priority));
        Assert.Equal(["a@x.test", "department:0198c1a0-0000-7000-8000-000000000001"], build.Assignees);
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 8), 5, SchedulingMode.Manual), (build.Start, build.Due, build.DurationDays, build.Mode));
        Assert.Equal((40.5m, 10m, 25), (build.EstimateHours, build.RemainingHours, build.Progress));
        Assert.Equal(["api", "backend"], build.Labels);
        Assert.Equal((1, "Beta"), (build.Parent, build.Milestone));
        Assert.Equal([new PredecessorRef(1, DependencyType.StartToStart, 2)], build.Predecessors);
    }

    [Fact]
    public void Every_broken_cell_is_reported_with_row_and_column()
    {
        var (_, errors) = Read(
            "title,priority,start,due,duration,estimate,progress,parent,predecessors,mode\n"
            + ",Whenever,2027-13-01,,x,-1,101,9,2XX,Sometimes\n"
            + "B,,2027-01-10,2027-01-05,,,,2,2,\n");
        Assert.Equal(
            [
                (1, "duration"), (1, "estimate"), (1, "mode"), (1, "parent"), (1, "predecessors"), (1, "priority"), (1, "progress"), (1, "start"), (1, "title"),
                (2, "due"), (2, "parent"), (2, "predecessors"),
            ],
            errors.Select(e => (e.Row, e.Column)).Order());
    }

    [Fact]
    public void Parent_and_predecessor_cycles_are_refused()
    {
        var (_, parents) = Read("title,parent\nA,2\nB,1\n");
        Assert.Contains("cycle", Assert.Single(parents).Message, StringComparison.Ordinal);
        var (_, links) = Read("title,predecessors\nA,3\nB,1\nC,2FS+1\n");
        var cycle = Assert.Single(links);
        Assert.Equal("predecessors", cycle.Column);
        Assert.Contains("cycle", cycle.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("name,when\nA,B\n")]
    [InlineData("due\n2027-01-01\n")]
    [InlineData("title,title\nA,B\n")]
    public void A_bad_header_is_reported_as_row_0(string text)
    {
        var (_, errors) = Read(text);
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(0, e.Row));
    }

    [Fact]
    public void Broken_quoting_and_short_rows_are_reported()
    {
        var (_, fields) = Read("title,due\nA\n");
        Assert.Contains("fields", Assert.Single(fields).Message, StringComparison.Ordinal);
        var (_, quotes) = Read("title,due\n\"A,2027-01-01\nB,2027-01-02\n");
        Assert.Contains(quotes, e => e.Message.Contains("not valid CSV", StringComparison.Ordinal));
    }
}
