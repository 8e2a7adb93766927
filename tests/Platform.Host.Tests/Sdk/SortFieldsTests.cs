using Platform.Sdk.Http;

namespace Platform.Host.Tests.Sdk;

/// <summary>
/// Sorting a list by a client's <c>sort</c>, always ending with a unique tie-breaker so pages are stable; the
/// tie-breaker runs ascending unless the caller gives it a direction (so a descending page can follow an index backwards).
/// </summary>
public sealed class SortFieldsTests
{
    private sealed record Row(int Id, int Size);

    private static readonly SortFields<Row> Fields = new SortFields<Row>().Add("size", r => r.Size).Add("id", r => r.Id);

    private static readonly Row[] Rows = [new(1, 10), new(2, 20), new(3, 10), new(4, 20)];

    [Fact]
    public void Ties_are_broken_by_the_tie_breaker_ascending_by_default()
    {
        var sorted = Fields.Apply(Rows.AsQueryable(), [new SortKey("size", Descending: true)], "id");

        Assert.Equal([2, 4, 1, 3], sorted.Select(r => r.Id));
    }

    [Fact]
    public void A_tie_breaker_with_a_direction_runs_that_way()
    {
        var sorted = Fields.Apply(Rows.AsQueryable(), [new SortKey("size", Descending: true)], new SortKey("id", Descending: true));

        Assert.Equal([4, 2, 3, 1], sorted.Select(r => r.Id));
    }
}
