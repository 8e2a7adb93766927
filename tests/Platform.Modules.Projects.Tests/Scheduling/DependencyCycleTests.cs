using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using static Platform.Modules.Projects.Tests.Scheduling.Plan;

namespace Platform.Modules.Projects.Tests.Scheduling;

/// <summary>The cycle a new link would close, named in order from its predecessor back to it.</summary>
public sealed class DependencyCycleTests
{
    private static List<Guid> Ids(string names) => [.. names.Select(Id)];

    [Fact]
    public void A_self_link_is_a_cycle() =>
        Assert.Equal(Ids("AA"), DependencyCycles.FindCycle([], Link('A', 'A')));

    [Fact]
    public void Linking_back_to_a_predecessor_is_a_two_task_cycle() =>
        Assert.Equal(Ids("BAB"), DependencyCycles.FindCycle([Link('A', 'B')], Link('B', 'A')));

    [Fact]
    public void A_long_cycle_is_named_in_link_order() =>
        Assert.Equal(Ids("EABCDE"), DependencyCycles.FindCycle([Link('A', 'B'), Link('B', 'C'), Link('C', 'D'), Link('D', 'E')], Link('E', 'A')));

    [Fact]
    public void Every_link_type_counts() =>
        Assert.Equal(Ids("CABC"), DependencyCycles.FindCycle(
            [Link('A', 'B', DependencyType.StartToStart, -3), Link('B', 'C', DependencyType.StartToFinish)], Link('C', 'A', DependencyType.FinishToFinish)));

    [Fact]
    public void The_shortest_cycle_is_named()
    {
        // D reaches A directly and through B and C.
        var cycle = DependencyCycles.FindCycle([Link('A', 'B'), Link('B', 'C'), Link('C', 'D'), Link('A', 'D')], Link('D', 'A'));
        Assert.Equal(Ids("DAD"), cycle);
    }

    [Theory]
    [InlineData('A', 'C')] // a shortcut along the existing order
    [InlineData('D', 'C')] // a new branch into the chain
    [InlineData('C', 'D')] // a new task after the chain
    public void Links_that_keep_the_order_acyclic_are_no_cycle(char from, char to) =>
        Assert.Null(DependencyCycles.FindCycle([Link('A', 'B'), Link('B', 'C')], Link(from, to)));

    [Fact]
    public void A_duplicate_of_an_existing_link_is_no_cycle() =>
        Assert.Null(DependencyCycles.FindCycle([Link('A', 'B')], Link('A', 'B', DependencyType.StartToStart)));
}
