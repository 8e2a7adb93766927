using Platform.Modules.Projects.Domain;
using static Platform.Modules.Projects.Tests.Scheduling.Plan;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>
/// Each link type with a positive, zero and negative lag, computed by hand. A is 3 days from Monday 7 December
/// (Mon 7 – Wed 9) unless it is anchored on Wednesday 9 (Wed 9 – Fri 11); B takes 2 days.
/// </summary>
public sealed class LinkTypeTests
{
    [Theory]
    [InlineData(0, 12, 10, 12, 11)]  // the working day after Wed 9: Thu 10 – Fri 11
    [InlineData(2, 12, 14, 12, 15)]  // two working days later, over the weekend: Mon 14 – Tue 15
    [InlineData(-1, 12, 9, 12, 10)]  // a day's lead: overlaps A's last day
    [InlineData(-5, 12, 7, 12, 8)]   // a lead past the project's start is clamped to it
    public void Finish_to_start(int lag, int sm, int sd, int fm, int fd)
    {
        var dates = Forward([Auto('A', 3), Auto('B', 2)], Link('A', 'B', DependencyType.FinishToStart, lag));
        Assert.Equal(Dates(12, 7, 12, 9), dates[Id('A')]);
        Assert.Equal(Dates(sm, sd, fm, fd), dates[Id('B')]);
    }

    [Theory]
    [InlineData(0, 12, 9, 12, 10)]   // starts with A
    [InlineData(2, 12, 11, 12, 14)]  // two working days after A's start, over the weekend
    [InlineData(-1, 12, 8, 12, 9)]   // a day before A's start
    public void Start_to_start(int lag, int sm, int sd, int fm, int fd)
    {
        var dates = Forward([Auto('A', 3, start: Day(12, 9)), Auto('B', 2)], Link('A', 'B', DependencyType.StartToStart, lag));
        Assert.Equal(Dates(12, 9, 12, 11), dates[Id('A')]);
        Assert.Equal(Dates(sm, sd, fm, fd), dates[Id('B')]);
    }

    [Theory]
    [InlineData(0, 12, 8, 12, 9)]    // finishes with A on Wed 9
    [InlineData(2, 12, 10, 12, 11)]  // finishes two working days after A
    [InlineData(-1, 12, 7, 12, 8)]   // finishes a day before A
    public void Finish_to_finish(int lag, int sm, int sd, int fm, int fd)
    {
        var dates = Forward([Auto('A', 3), Auto('B', 2)], Link('A', 'B', DependencyType.FinishToFinish, lag));
        Assert.Equal(Dates(sm, sd, fm, fd), dates[Id('B')]);
    }

    [Theory]
    [InlineData(0, 12, 7, 12, 8)]    // ends the working day before A starts (Wed 9): Mon 7 – Tue 8
    [InlineData(3, 12, 10, 12, 11)]  // three working days later: ends Fri 11
    [InlineData(2, 12, 9, 12, 10)]   // ends Thu 10, overlapping A
    [InlineData(-1, 12, 7, 12, 8)]   // would end Mon 7, so start Fri 4: clamped to the project's start
    public void Start_to_finish(int lag, int sm, int sd, int fm, int fd)
    {
        var dates = Forward([Auto('A', 3, start: Day(12, 9)), Auto('B', 2)], Link('A', 'B', DependencyType.StartToFinish, lag));
        Assert.Equal(Dates(sm, sd, fm, fd), dates[Id('B')]);
    }

    [Fact]
    public void The_latest_of_several_predecessors_wins()
    {
        var dates = Forward(
            [Auto('A', 3), Auto('C', 5), Auto('B', 1)],
            Link('A', 'B'), Link('C', 'B', DependencyType.FinishToFinish, 1));

        // A allows Thu 10; C (Mon 7 – Fri 11) with FF+1 needs B to finish Mon 14.
        Assert.Equal(Dates(12, 14, 12, 14), dates[Id('B')]);
    }
}
