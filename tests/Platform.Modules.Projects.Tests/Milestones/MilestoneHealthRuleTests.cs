using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Milestones;

namespace Platform.Modules.Projects.Tests.Milestones;

/// <summary>The computed health of a milestone and the event each change of it publishes.</summary>
public sealed class MilestoneHealthRuleTests
{
    private static readonly DateOnly Date = new(2026, 12, 15);
    private static readonly DateOnly Before = new(2026, 12, 1);

    [Fact]
    public void All_linked_tasks_done_is_reached_even_after_the_date()
    {
        MilestoneTaskFacts[] tasks = [new(true, Date.AddDays(5), false), new(true, null, true)];
        Assert.Equal(MilestoneHealth.Reached, MilestoneHealthRule.Evaluate(Date, markedReached: false, tasks, Date.AddDays(30)));
    }

    [Fact]
    public void Without_tasks_only_the_mark_reaches_it()
    {
        Assert.Equal(MilestoneHealth.Reached, MilestoneHealthRule.Evaluate(Date, markedReached: true, [], Before));
        Assert.Equal(MilestoneHealth.OnTrack, MilestoneHealthRule.Evaluate(Date, markedReached: false, [], Before));
        Assert.Equal(MilestoneHealth.Missed, MilestoneHealthRule.Evaluate(Date, markedReached: false, [], Date.AddDays(1)));
    }

    [Fact]
    public void The_mark_does_not_reach_a_milestone_with_open_tasks()
    {
        MilestoneTaskFacts[] tasks = [new(false, Before, false)];
        Assert.Equal(MilestoneHealth.OnTrack, MilestoneHealthRule.Evaluate(Date, markedReached: true, tasks, Before));
    }

    [Fact]
    public void The_milestone_day_itself_is_not_missed_the_day_after_is()
    {
        MilestoneTaskFacts[] tasks = [new(false, Date, false)];
        Assert.Equal(MilestoneHealth.OnTrack, MilestoneHealthRule.Evaluate(Date, false, tasks, Date));
        Assert.Equal(MilestoneHealth.Missed, MilestoneHealthRule.Evaluate(Date, false, tasks, Date.AddDays(1)));
    }

    [Fact]
    public void An_open_task_finishing_after_the_date_puts_it_at_risk()
    {
        MilestoneTaskFacts[] tasks = [new(false, Date, false), new(false, Date.AddDays(1), false)];
        Assert.Equal(MilestoneHealth.AtRisk, MilestoneHealthRule.Evaluate(Date, false, tasks, Before));
    }

    [Fact]
    public void A_done_task_finishing_late_does_not()
    {
        MilestoneTaskFacts[] tasks = [new(true, Date.AddDays(3), true), new(false, Date, false)];
        Assert.Equal(MilestoneHealth.OnTrack, MilestoneHealthRule.Evaluate(Date, false, tasks, Before));
    }

    [Fact]
    public void An_open_critical_task_without_float_puts_it_at_risk()
    {
        MilestoneTaskFacts[] tasks = [new(false, Before, true)];
        Assert.Equal(MilestoneHealth.AtRisk, MilestoneHealthRule.Evaluate(Date, false, tasks, Before));
    }

    [Theory]
    [InlineData(MilestoneHealth.OnTrack, MilestoneHealth.AtRisk, MilestoneTransition.Slipped)]
    [InlineData(MilestoneHealth.OnTrack, MilestoneHealth.Missed, MilestoneTransition.Slipped)]
    [InlineData(MilestoneHealth.AtRisk, MilestoneHealth.Missed, MilestoneTransition.Slipped)]
    [InlineData(MilestoneHealth.Reached, MilestoneHealth.AtRisk, MilestoneTransition.Slipped)]
    [InlineData(MilestoneHealth.OnTrack, MilestoneHealth.Reached, MilestoneTransition.Reached)]
    [InlineData(MilestoneHealth.Missed, MilestoneHealth.Reached, MilestoneTransition.Reached)]
    [InlineData(MilestoneHealth.AtRisk, MilestoneHealth.OnTrack, MilestoneTransition.None)]
    [InlineData(MilestoneHealth.Reached, MilestoneHealth.OnTrack, MilestoneTransition.None)]
    [InlineData(MilestoneHealth.AtRisk, MilestoneHealth.AtRisk, MilestoneTransition.None)]
    [InlineData(MilestoneHealth.Missed, MilestoneHealth.Missed, MilestoneTransition.None)]
    public void Each_change_publishes_at_most_one_event(MilestoneHealth reported, MilestoneHealth current, MilestoneTransition expected) =>
        Assert.Equal(expected, MilestoneHealthRule.TransitionOf(reported, current));
}
