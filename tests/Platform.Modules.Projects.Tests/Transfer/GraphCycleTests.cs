using Platform.Modules.Projects.Features.Transfer;

namespace Platform.Modules.Projects.Tests.Transfer;

public sealed class GraphCycleTests
{
    [Fact]
    public void A_cycle_is_returned_as_the_closed_path()
    {
        var edges = new Dictionary<int, int[]> { [1] = [2], [2] = [3], [3] = [4, 2], [4] = [] };
        Assert.Equal([2, 3, 2], GraphCycle.Find(edges.Keys, n => edges[n]));
    }

    [Fact]
    public void A_diamond_is_not_a_cycle()
    {
        var edges = new Dictionary<int, int[]> { [1] = [2, 3], [2] = [4], [3] = [4], [4] = [] };
        Assert.Null(GraphCycle.Find(edges.Keys, n => edges[n]));
    }

    [Fact]
    public void Long_chains_do_not_overflow_the_stack()
    {
        const int count = 200_000;
        Assert.Null(GraphCycle.Find(Enumerable.Range(0, count), n => n + 1 < count ? [n + 1] : []));
        Assert.NotNull(GraphCycle.Find(Enumerable.Range(0, count), n => [(n + 1) % count]));
    }
}
