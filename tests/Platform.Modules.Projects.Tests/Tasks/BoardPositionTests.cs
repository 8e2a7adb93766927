using Platform.Modules.Projects.Features.Board;

namespace Platform.Modules.Projects.Tests.Tasks;

/// <summary>A moved card takes the midpoint of its new neighbours; when none fits, the column is renumbered.</summary>
public sealed class BoardPositionTests
{
    [Fact]
    public void A_card_goes_between_its_neighbours_or_a_step_beyond_the_edge()
    {
        Assert.Equal(BoardPosition.Step, BoardPosition.Between(null, null));
        Assert.Equal(3000 + BoardPosition.Step, BoardPosition.Between(3000, null));
        Assert.Equal(1000 - BoardPosition.Step, BoardPosition.Between(null, 1000));
        Assert.Equal(1500, BoardPosition.Between(1000, 2000));
    }

    [Fact]
    public void Repeated_moves_into_the_same_gap_eventually_need_a_renumbering()
    {
        double before = 1024, after = 2048;
        var moves = 0;
        while (BoardPosition.Between(before, after) is { } order)
        {
            Assert.True(order > before && order < after);
            after = order;
            moves++;
        }

        Assert.InRange(moves, 30, 80);
        Assert.Equal([1024d, 2048d, 3072d], BoardPosition.Renumbered(3));
    }
}
