using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Tests.Time;

/// <summary>Logged time reduces remaining hours, never below zero; removing it gives the hours back.</summary>
public sealed class RemainingWorkTests
{
    [Fact]
    public void Logging_reduces_remaining_hours() =>
        Assert.Equal(6.5m, RemainingWork.After(8m, 10m, 0, 90));

    [Fact]
    public void Remaining_hours_never_go_below_zero() =>
        Assert.Equal(0m, RemainingWork.After(1m, 10m, 0, 120));

    [Fact]
    public void Without_remaining_hours_the_estimate_less_what_was_logged_is_the_start() =>
        Assert.Equal(5m, RemainingWork.After(null, 8m, 120, 60));

    [Fact]
    public void Deleting_an_entry_gives_its_hours_back() =>
        Assert.Equal(4m, RemainingWork.After(2.5m, 8m, 300, -90));

    [Fact]
    public void Tasks_without_estimate_or_remaining_are_left_alone() =>
        Assert.Null(RemainingWork.After(null, null, 0, 60));
}
