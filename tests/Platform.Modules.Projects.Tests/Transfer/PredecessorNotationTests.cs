using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Transfer.Csv;

namespace Platform.Modules.Projects.Tests.Transfer;

/// <summary>The predecessors cell in MS Project's notation.</summary>
public sealed class PredecessorNotationTests
{
    [Fact]
    public void Every_link_type_and_lag_sign_parses()
    {
        var (links, error) = PredecessorNotation.Parse("3; 4FS+2, 5ss-1d ;6FF;7SF+0 days; 8+3");
        Assert.Null(error);
        Assert.Equal(
            [
                new PredecessorRef(3, DependencyType.FinishToStart, 0), new PredecessorRef(4, DependencyType.FinishToStart, 2),
                new PredecessorRef(5, DependencyType.StartToStart, -1), new PredecessorRef(6, DependencyType.FinishToFinish, 0),
                new PredecessorRef(7, DependencyType.StartToFinish, 0), new PredecessorRef(8, DependencyType.FinishToStart, 3),
            ],
            links);
    }

    [Theory]
    [InlineData("three")]
    [InlineData("3XX")]
    [InlineData("3FS+2h")]
    [InlineData("3FS+9999")]
    [InlineData("-3")]
    public void Anything_else_is_an_error_naming_the_entry(string cell)
    {
        var (_, error) = PredecessorNotation.Parse(cell);
        Assert.NotNull(error);
    }

    [Fact]
    public void Formatting_round_trips()
    {
        var links = new[] { new PredecessorRef(1, DependencyType.FinishToStart, 0), new PredecessorRef(2, DependencyType.StartToStart, -2), new PredecessorRef(3, DependencyType.FinishToStart, 4) };
        var text = PredecessorNotation.Format(links);
        Assert.Equal("1;2SS-2;3FS+4", text);
        Assert.Equal(links, PredecessorNotation.Parse(text).Links);
        Assert.Empty(PredecessorNotation.Parse("  ").Links);
    }
}
