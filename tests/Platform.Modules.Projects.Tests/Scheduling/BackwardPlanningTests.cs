using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using static Platform.Modules.Projects.Tests.Scheduling.Plan;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>Planning back from a target date: automatic tasks as late as their successors allow; computed by hand.</summary>
public sealed class BackwardPlanningTests
{
    private static IReadOnlyDictionary<Guid, TaskDates> Backward(DateOnly target, SchedulableTask[] tasks, params SchedulableLink[] links) =>
        ProjectScheduler.Backward(tasks, links, WorkWeek(), target);

    [Fact]
    public void A_chain_ends_on_the_target_date()
    {
        var dates = Backward(Day(12, 18), [Auto('A', 3), Auto('B', 2)], Link('A', 'B'));

        Assert.Equal(Dates(12, 17, 12, 18), dates[Id('B')]);
        Assert.Equal(Dates(12, 14, 12, 16), dates[Id('A')]);
    }

    [Fact]
    public void A_target_on_a_holiday_means_the_working_day_before_and_durations_skip_holidays()
    {
        var dates = Backward(Day(12, 25), [Auto('A', 3), Auto('B', 2)], Link('A', 'B'));

        // Fri 25 and Thu 24 are off: B Tue 22 – Wed 23, A Thu 17 – Mon 21.
        Assert.Equal(Dates(12, 22, 12, 23), dates[Id('B')]);
        Assert.Equal(Dates(12, 17, 12, 21), dates[Id('A')]);
    }

    [Fact]
    public void A_final_milestone_sits_on_the_target_date_and_the_work_before_it_ends_the_day_before()
    {
        var dates = Backward(Day(12, 18), [Auto('A', 3), Auto('M', 0)], Link('A', 'M'));

        Assert.Equal(Dates(12, 18, 12, 18), dates[Id('M')]);
        Assert.Equal(Dates(12, 15, 12, 17), dates[Id('A')]);
    }

    [Theory]
    [InlineData(DependencyType.StartToStart, 1, 12, 16, 12, 18)]   // A starts a day before B (Thu 17) at the latest, and ends by the target
    [InlineData(DependencyType.FinishToFinish, 1, 12, 15, 12, 17)] // A finishes a day before B
    [InlineData(DependencyType.FinishToStart, -1, 12, 15, 12, 17)] // A may overlap B's first day
    [InlineData(DependencyType.StartToFinish, 0, 12, 16, 12, 18)]  // B must end by the day before A starts: only the target limits A
    public void Each_link_type_holds_back_the_predecessor(DependencyType type, int lag, int sm, int sd, int fm, int fd)
    {
        var dates = Backward(Day(12, 18), [Auto('A', 3), Auto('B', 2)], Link('A', 'B', type, lag));

        Assert.Equal(Dates(12, 17, 12, 18), dates[Id('B')]);
        Assert.Equal(Dates(sm, sd, fm, fd), dates[Id('A')]);
    }

    [Fact]
    public void Manual_tasks_stay_and_hold_back_their_predecessors()
    {
        var dates = Backward(Day(12, 18), [Auto('A', 2), Manual('M', Day(12, 10), Day(12, 11), 2)], Link('A', 'M'));

        Assert.Equal(Dates(12, 10, 12, 11), dates[Id('M')]);
        Assert.Equal(Dates(12, 8, 12, 9), dates[Id('A')]);
    }

    [Fact]
    public void A_link_from_a_summary_holds_back_all_its_descendants()
    {
        var dates = Backward(
            Day(12, 18),
            [Auto('S', 0), Auto('C', 1, parent: 'S'), Auto('D', 2, parent: 'S'), Auto('Y', 3)],
            Link('S', 'Y'));

        Assert.Equal(Dates(12, 16, 12, 18), dates[Id('Y')]);
        Assert.Equal(Dates(12, 15, 12, 15), dates[Id('C')]);
        Assert.Equal(Dates(12, 14, 12, 15), dates[Id('D')]);
        Assert.Equal(Dates(12, 14, 12, 15), dates[Id('S')]);
    }
}
