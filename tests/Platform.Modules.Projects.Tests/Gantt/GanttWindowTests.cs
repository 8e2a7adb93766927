using Platform.Modules.Projects.Features.Gantt;

namespace Platform.Modules.Projects.Tests.Gantt;

/// <summary>What a Gantt window shows: intersecting tasks with their ancestors, and the links touching them.</summary>
public sealed class GanttWindowTests
{
    private static readonly DateOnly From = new(2026, 12, 7);
    private static readonly DateOnly To = new(2026, 12, 11);

    [Theory]
    [InlineData("2026-12-01", "2026-12-06", false)]
    [InlineData("2026-12-01", "2026-12-07", true)]
    [InlineData("2026-12-08", "2026-12-09", true)]
    [InlineData("2026-12-01", "2026-12-31", true)]
    [InlineData("2026-12-11", "2026-12-20", true)]
    [InlineData("2026-12-12", "2026-12-20", false)]
    [InlineData("2026-12-09", null, true)]
    [InlineData(null, "2026-12-12", false)]
    [InlineData(null, null, false)]
    public void A_task_intersects_when_it_overlaps_the_window_by_a_day(string? start, string? finish, bool expected) =>
        Assert.Equal(expected, GanttWindow.Intersects(new GanttSpan(Guid.NewGuid(), null, Parse(start), Parse(finish)), From, To));

    [Fact]
    public void Ancestors_of_shown_tasks_are_shown_and_links_crossing_the_edge_are_flagged()
    {
        var root = Span(null, "2027-01-04", "2027-01-05"); // its own stored dates lie outside
        var parent = Span(root.Id, null, null);
        var inside = Span(parent.Id, "2026-12-08", "2026-12-09");
        var before = Span(null, "2026-11-30", "2026-12-04");
        var after = Span(null, "2026-12-14", "2026-12-15");
        var elsewhere = Span(null, "2027-02-01", "2027-02-02");
        var inToIn = Link(parent, inside);
        var beforeToIn = Link(before, inside);
        var inToAfter = Link(inside, after);
        var outToOut = Link(before, elsewhere);

        var selection = GanttWindow.Select([root, parent, inside, before, after, elsewhere], [inToIn, beforeToIn, inToAfter, outToOut], From, To);

        Assert.Equal(new HashSet<Guid> { root.Id, parent.Id, inside.Id }, selection.TaskIds);
        Assert.Equal([(inToIn.Id, false), (beforeToIn.Id, true), (inToAfter.Id, true)], selection.Links.Select(l => (l.Link.Id, l.CrossesWindow)));
    }

    private static GanttSpan Span(Guid? parent, string? start, string? finish) => new(Guid.CreateVersion7(), parent, Parse(start), Parse(finish));

    private static GanttLinkEnds Link(GanttSpan from, GanttSpan to) => new(Guid.CreateVersion7(), from.Id, to.Id);

    private static DateOnly? Parse(string? date) => date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
}
