using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using static Platform.Modules.Projects.Tests.Scheduling.Plan;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>Early and late dates, total float and the critical chain, computed by hand.</summary>
public sealed class CriticalPathTests
{
    private static CriticalPath Compute(SchedulableTask[] tasks, params SchedulableLink[] links) =>
        CriticalPathCalculator.Compute(tasks, links, WorkWeek(), ProjectStart);

    // A (3) → B (2) → D (1), A → C (4) → D, E (1) on its own.
    private static readonly SchedulableTask[] Diamond = [Auto('A', 3), Auto('B', 2), Auto('C', 4), Auto('D', 1), Auto('E', 1)];
    private static readonly SchedulableLink[] DiamondLinks = [Link('A', 'B'), Link('A', 'C'), Link('B', 'D'), Link('C', 'D')];

    [Fact]
    public void The_longest_chain_is_critical_and_the_others_have_float()
    {
        var path = Compute(Diamond, DiamondLinks);

        Assert.Equal(Day(12, 7), path.ProjectStart);
        Assert.Equal(Day(12, 16), path.ProjectFinish);
        Assert.Equal([Id('A'), Id('C'), Id('D')], path.CriticalTaskIds);
        Assert.Equal(new TaskSchedule(Id('A'), Day(12, 7), Day(12, 9), Day(12, 7), Day(12, 9), 0, true), path.Tasks[Id('A')]);
        Assert.Equal(new TaskSchedule(Id('B'), Day(12, 10), Day(12, 11), Day(12, 14), Day(12, 15), 2, false), path.Tasks[Id('B')]);
        Assert.Equal(new TaskSchedule(Id('C'), Day(12, 10), Day(12, 15), Day(12, 10), Day(12, 15), 0, true), path.Tasks[Id('C')]);
        Assert.Equal(new TaskSchedule(Id('D'), Day(12, 16), Day(12, 16), Day(12, 16), Day(12, 16), 0, true), path.Tasks[Id('D')]);
        Assert.Equal(new TaskSchedule(Id('E'), Day(12, 7), Day(12, 7), Day(12, 16), Day(12, 16), 7, false), path.Tasks[Id('E')]);
    }

    [Fact]
    public void Float_counts_working_days_only()
    {
        // A (1) from Mon 21; B (6) from Mon 21: Mon 21 – Tue 29 across Christmas. A has 5 working days of float, not 8.
        var path = Compute([Auto('A', 1, start: Day(12, 21)), Auto('B', 6, start: Day(12, 21))]);

        Assert.Equal(Day(12, 30), path.Tasks[Id('B')].EarlyFinish);
        Assert.Equal(5, path.Tasks[Id('A')].TotalFloatDays);
        Assert.Equal(Day(12, 30), path.Tasks[Id('A')].LateStart);
    }

    [Fact]
    public void A_manual_task_placed_too_early_makes_its_predecessors_float_negative()
    {
        // A (3) Mon 7 – Wed 9 must finish before M, which is fixed on Tue 8.
        var path = Compute([Auto('A', 3), Manual('M', Day(12, 8), Day(12, 8), 1)], Link('A', 'M'));

        Assert.Equal(-1, path.Tasks[Id('A')].TotalFloatDays);
        Assert.True(path.Tasks[Id('A')].IsCritical);
        Assert.Equal(Day(12, 4), path.Tasks[Id('A')].LateStart);
        Assert.Equal(1, path.Tasks[Id('M')].TotalFloatDays);
        Assert.Equal([Id('A')], path.CriticalTaskIds);
    }

    [Fact]
    public void A_summary_is_critical_when_a_child_is_and_is_left_out_of_the_chain()
    {
        var path = Compute([Auto('S', 0), Auto('A', 3, parent: 'S'), Auto('B', 1, parent: 'S'), Auto('C', 2)], Link('S', 'C'));

        Assert.Equal(0, path.Tasks[Id('S')].TotalFloatDays);
        Assert.True(path.Tasks[Id('S')].IsCritical);
        Assert.Equal(2, path.Tasks[Id('B')].TotalFloatDays);
        Assert.Equal([Id('A'), Id('C')], path.CriticalTaskIds);
        Assert.Equal(Day(12, 11), path.ProjectFinish);
    }

    [Fact]
    public void A_final_milestone_is_critical_and_sets_the_finish()
    {
        var path = Compute([Auto('A', 3), Auto('M', 0), Auto('B', 1)], Link('A', 'M'));

        Assert.Equal([Id('A'), Id('M')], path.CriticalTaskIds);
        Assert.Equal(Day(12, 10), path.ProjectFinish);
        Assert.Equal(2, path.Tasks[Id('B')].TotalFloatDays);
    }

    [Fact]
    public void Start_and_finish_links_carry_the_critical_chain()
    {
        // D (1) Mon 7; A (3) must end 3 days after D starts (SF+3): Mon 7 – Wed 9; B (2) SS+1: Tue 8 – Wed 9;
        // C (1) FF with B: Wed 9. Delaying any of them delays the finish, so all four have zero float.
        var path = Compute([Auto('A', 3), Auto('B', 2), Auto('C', 1), Auto('D', 1)],
            Link('A', 'B', DependencyType.StartToStart, 1), Link('B', 'C', DependencyType.FinishToFinish), Link('D', 'A', DependencyType.StartToFinish, 3));

        Assert.Equal(Day(12, 9), path.Tasks[Id('C')].EarlyStart);
        Assert.Equal(Day(12, 8), path.Tasks[Id('B')].EarlyStart);
        Assert.Equal(Day(12, 9), path.ProjectFinish);
        Assert.All(path.Tasks.Values, t => Assert.Equal(0, t.TotalFloatDays));
        Assert.Equal([Id('D'), Id('A'), Id('B'), Id('C')], path.CriticalTaskIds);
    }

    [Fact]
    public void An_empty_project_has_no_critical_path()
    {
        var path = Compute([]);

        Assert.Empty(path.Tasks);
        Assert.Empty(path.CriticalTaskIds);
        Assert.Equal(ProjectStart, path.ProjectStart);
    }

    [Fact]
    public void Without_a_project_start_the_earliest_own_start_is_the_origin()
    {
        var path = CriticalPathCalculator.Compute([Auto('A', 1, start: Day(12, 9)), Auto('B', 1)], [Link('A', 'B')], WorkWeek());

        Assert.Equal(Day(12, 9), path.ProjectStart);
        Assert.Equal(Day(12, 10), path.Tasks[Id('B')].EarlyStart);
    }
}
