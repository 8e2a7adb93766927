using Platform.Modules.Projects.Domain.Time;

namespace Platform.Modules.Projects.Tests.Time;

/// <summary>A project's time against estimates: variance is logged plus remaining less the estimate.</summary>
public sealed class TimeTotalsTests
{
    private static readonly Guid Ada = Guid.Parse("00000000-0000-7000-8000-0000000000a1");
    private static readonly Guid Bob = Guid.Parse("00000000-0000-7000-8000-0000000000b1");
    private static readonly Guid Over = Guid.CreateVersion7();
    private static readonly Guid Under = Guid.CreateVersion7();
    private static readonly Guid Unplanned = Guid.CreateVersion7();
    private static readonly Guid Idle = Guid.CreateVersion7();

    [Fact]
    public void Tasks_people_and_totals_are_summed_against_estimates()
    {
        var day = new DateOnly(2026, 11, 23);
        var entries = new[]
        {
            new LoggedTime(Over, Ada, day, 360, true),
            new LoggedTime(Over, Bob, day, 120, false),
            new LoggedTime(Under, Ada, day, 60, true),
            new LoggedTime(Unplanned, Bob, day, 30, false),
        };

        var totals = TimeTotals.Compute([(Over, 6m, 1m), (Under, 4m, 1m), (Unplanned, null, null), (Idle, null, null)], entries);

        Assert.Equal([Over, Under, Unplanned], totals.Tasks.Select(t => t.TaskId));
        Assert.Equal(3m, totals.Tasks[0].VarianceHours); // 8 logged + 1 remaining - 6
        Assert.Equal(-2m, totals.Tasks[1].VarianceHours); // 1 + 1 - 4
        Assert.Null(totals.Tasks[2].VarianceHours);
        Assert.Equal(360, totals.Tasks[0].BillableMinutes);
        Assert.Equal([(Ada, 420, 420), (Bob, 150, 0)], totals.People.Select(p => (p.UserId, p.LoggedMinutes, p.BillableMinutes)));
        Assert.Equal(10m, totals.EstimateHours);
        Assert.Equal(2m, totals.RemainingHours);
        Assert.Equal(570, totals.LoggedMinutes);
        Assert.Equal(420, totals.BillableMinutes);
    }
}
