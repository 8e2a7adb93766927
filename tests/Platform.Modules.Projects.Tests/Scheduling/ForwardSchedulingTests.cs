using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using static Platform.Modules.Projects.Tests.Scheduling.Plan;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>Forward scheduling over weekends and holidays, with manual tasks, milestones and summaries; computed by hand.</summary>
public sealed class ForwardSchedulingTests
{
    [Fact]
    public void Durations_and_links_skip_weekends_and_holidays()
    {
        var dates = Forward(
            [Auto('A', 5, start: Day(12, 21)), Auto('B', 2), Auto('C', 1)],
            Link('A', 'B'), Link('B', 'C', lag: 2));

        // A: Mon 21, Tue 22, Wed 23, (24, 25 off, weekend), Mon 28, Tue 29.
        Assert.Equal(Dates(12, 21, 12, 29), dates[Id('A')]);
        // B: Wed 30, Thu 31.
        Assert.Equal(Dates(12, 30, 12, 31), dates[Id('B')]);
        // C: the working day after Thu 31 is Mon 4 January (1 January off); two more: Wed 6.
        Assert.Equal(Dates(1, 6, 1, 6), dates[Id('C')]);
    }

    [Fact]
    public void An_unconstrained_task_keeps_its_own_start_moved_to_a_working_day_but_never_before_the_project()
    {
        var dates = Forward([Auto('A', 2, start: Day(12, 24)), Auto('B', 1, start: Day(11, 30)), Auto('C', 1)]);

        Assert.Equal(Dates(12, 28, 12, 29), dates[Id('A')]);
        Assert.Equal(Dates(12, 7, 12, 7), dates[Id('B')]);
        Assert.Equal(Dates(12, 7, 12, 7), dates[Id('C')]);
    }

    [Fact]
    public void A_constrained_task_moves_earlier_when_its_predecessor_does()
    {
        var dates = Forward([Auto('A', 1), Auto('B', 1, start: Day(12, 18))], Link('A', 'B'));
        Assert.Equal(Dates(12, 8, 12, 8), dates[Id('B')]);
    }

    [Fact]
    public void Manual_tasks_keep_their_dates_and_still_drive_their_successors()
    {
        var dates = Forward(
            [Auto('A', 5), Manual('M', Day(12, 9), Day(12, 10), 2), Auto('B', 1)],
            Link('A', 'M'), Link('M', 'B'));

        Assert.Equal(Dates(12, 9, 12, 10), dates[Id('M')]);
        Assert.Equal(Dates(12, 11, 12, 11), dates[Id('B')]);
    }

    [Fact]
    public void A_manual_task_on_a_weekend_reports_its_dates_unchanged()
    {
        var dates = Forward([Manual('M', Day(12, 12), Day(12, 13), 0), Auto('B', 1)], Link('M', 'B'));
        Assert.Equal(Dates(12, 12, 12, 13), dates[Id('M')]);
        Assert.Equal(Dates(12, 14, 12, 14), dates[Id('B')]);
    }

    [Fact]
    public void A_milestone_falls_on_the_morning_it_is_reached_and_takes_no_time()
    {
        var dates = Forward([Auto('A', 3), Auto('M', 0), Auto('B', 2)], Link('A', 'M'), Link('M', 'B'));

        Assert.Equal(Dates(12, 10, 12, 10), dates[Id('M')]);
        Assert.Equal(Dates(12, 10, 12, 11), dates[Id('B')]);
    }

    [Fact]
    public void A_link_to_a_summary_constrains_its_descendants_and_a_link_from_it_uses_the_rollup()
    {
        var dates = Forward(
            [Auto('X', 2), Auto('S', 1), Auto('T', 1, parent: 'S'), Auto('C', 2, parent: 'T'), Auto('D', 3, parent: 'S'), Auto('E', 2, parent: 'S'), Auto('Y', 1)],
            Link('X', 'S'), Link('C', 'D'), Link('S', 'Y'));

        // X Mon 7 – Tue 8; everything under S starts Wed 9 at the earliest.
        Assert.Equal(Dates(12, 9, 12, 10), dates[Id('C')]);
        Assert.Equal(Dates(12, 9, 12, 10), dates[Id('T')]);
        Assert.Equal(Dates(12, 11, 12, 15), dates[Id('D')]);
        Assert.Equal(Dates(12, 9, 12, 10), dates[Id('E')]);
        Assert.Equal(Dates(12, 9, 12, 15), dates[Id('S')]);
        Assert.Equal(Dates(12, 16, 12, 16), dates[Id('Y')]);
    }

    [Fact]
    public void A_finish_link_to_a_summary_holds_back_the_finish_of_each_descendant()
    {
        var dates = Forward(
            [Auto('X', 5), Auto('S', 0), Auto('C', 1, parent: 'S'), Auto('D', 2, parent: 'S')],
            Link('X', 'S', DependencyType.FinishToFinish));

        Assert.Equal(Dates(12, 11, 12, 11), dates[Id('C')]);
        Assert.Equal(Dates(12, 10, 12, 11), dates[Id('D')]);
        Assert.Equal(Dates(12, 10, 12, 11), dates[Id('S')]);
    }

    [Fact]
    public void A_project_without_tasks_has_no_dates() =>
        Assert.Empty(Forward([]));

    [Fact]
    public void Links_that_close_a_cycle_in_stored_data_do_not_stop_the_schedule()
    {
        var dates = Forward([Auto('A', 1), Auto('B', 1), Auto('C', 1)], Link('A', 'B'), Link('B', 'A'), Link('B', 'C'));
        Assert.Equal(3, dates.Count);
        Assert.True(dates[Id('C')].Start > dates[Id('B')].Finish);
    }

    [Fact]
    public void Links_to_unknown_tasks_and_self_links_are_ignored()
    {
        var dates = Forward([Auto('A', 1)], Link('A', 'A'), Link('Z', 'A'));
        Assert.Equal(Dates(12, 7, 12, 7), dates[Id('A')]);
    }

    [Fact]
    public void A_task_listed_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => Forward([Auto('A', 1), Auto('A', 2)]));

    [Fact]
    public void Ten_thousand_tasks_in_a_chain_are_scheduled_one_after_the_other()
    {
        var tasks = Enumerable.Range(0, 10_000).Select(i => new SchedulableTask(Guid.CreateVersion7(), SchedulingMode.Automatic, null, null, 1, null)).ToList();
        var links = tasks.Skip(1).Select((t, i) => new SchedulableLink(tasks[i].Id, t.Id, DependencyType.FinishToStart, 0)).ToList();
        var dates = ProjectScheduler.Forward(tasks, links, WorkWeek(), ProjectStart);
        var calendar = WorkWeek();
        Assert.Equal(calendar.AddWorkingDays(ProjectStart, 9_999), dates[tasks[^1].Id].Start);
    }

    [Fact]
    public void An_automatic_task_entered_with_a_due_date_only_keeps_finishing_on_it()
    {
        // Two days finishing Friday 18 December: it starts Thursday 17, not at the project start.
        var task = new SchedulableTask(Id('a'), SchedulingMode.Automatic, null, Day(12, 18), 2, null);
        var point = new SchedulableTask(Id('b'), SchedulingMode.Automatic, null, Day(12, 19), 0, null);
        var dates = ProjectScheduler.Forward([task, point], [], WorkWeek(), ProjectStart);
        Assert.Equal(Dates(12, 17, 12, 18), dates[Id('a')]);
        Assert.Equal(Dates(12, 21, 12, 21), dates[Id('b')]);
    }
}
