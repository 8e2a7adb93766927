using Platform.Modules.Documents.Features.Versions;

namespace Platform.Modules.Documents.Tests.Versions;

public sealed class VersionRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_rules_every_version_is_kept()
    {
        var versions = Hourly(10);
        Assert.Empty(new VersionRetention(null, null).ToRemove(versions, 10, Now));
        Assert.False(new VersionRetention(0, 0).IsActive);
    }

    [Fact]
    public void Keep_N_removes_the_oldest_beyond_N()
    {
        var versions = Hourly(7);
        Assert.Equal([1, 2, 3, 4], new VersionRetention(3, null).ToRemove(versions, 7, Now));
    }

    [Fact]
    public void The_current_version_is_kept_even_when_the_rules_would_drop_it()
    {
        // After a restore the current version is the newest; here the current one is deliberately an old one.
        var versions = Hourly(5);
        var removed = new VersionRetention(1, null).ToRemove(versions, 2, Now);
        Assert.Equal([1, 3, 4], removed);
        Assert.DoesNotContain(2, removed);
    }

    [Fact]
    public void Versions_older_than_the_age_are_thinned_to_the_last_of_each_day_and_young_ones_are_all_kept()
    {
        VersionStamp[] versions =
        [
            new(1, Now.AddDays(-10).AddHours(-3)),
            new(2, Now.AddDays(-10).AddHours(-2)),
            new(3, Now.AddDays(-10).AddHours(-1)), // last of that day: kept
            new(4, Now.AddDays(-9)),               // alone on its day: kept
            new(5, Now.AddDays(-2).AddHours(-2)),  // younger than the age: kept
            new(6, Now.AddDays(-2).AddHours(-1)),  // younger than the age: kept
            new(7, Now),
        ];
        Assert.Equal([1, 2], new VersionRetention(null, 7).ToRemove(versions, 7, Now));
    }

    [Fact]
    public void Versions_older_than_four_times_the_age_are_thinned_to_the_last_of_each_month()
    {
        VersionStamp[] versions =
        [
            new(1, new DateTimeOffset(2026, 6, 3, 9, 0, 0, TimeSpan.Zero)),
            new(2, new DateTimeOffset(2026, 6, 20, 9, 0, 0, TimeSpan.Zero)), // last of June: kept
            new(3, new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero)),
            new(4, new DateTimeOffset(2026, 7, 30, 9, 0, 0, TimeSpan.Zero)), // last of July: kept
            new(5, new DateTimeOffset(2026, 11, 10, 8, 0, 0, TimeSpan.Zero)), // 16 days: one per day
            new(6, new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero)), // last of that day: kept
            new(7, Now),
        ];
        Assert.Equal([1, 3, 5], new VersionRetention(null, 7).ToRemove(versions, 7, Now));
    }

    [Fact]
    public void Thinning_comes_first_then_the_cap_counts_what_is_left()
    {
        VersionStamp[] versions =
        [
            new(1, Now.AddDays(-20)),
            new(2, Now.AddDays(-10).AddHours(-2)),
            new(3, Now.AddDays(-10).AddHours(-1)),
            new(4, Now.AddDays(-1)),
            new(5, Now),
        ];
        // Thinning drops 2; of 1, 3, 4, 5 the cap of 3 keeps 3, 4, 5.
        Assert.Equal([1, 2], new VersionRetention(3, 7).ToRemove(versions, 5, Now));
    }

    [Fact]
    public void A_single_version_is_never_removed()
    {
        Assert.Empty(new VersionRetention(1, 1).ToRemove([new VersionStamp(1, Now.AddYears(-3))], 1, Now));
    }

    private static VersionStamp[] Hourly(int count) =>
        Enumerable.Range(1, count).Select(n => new VersionStamp(n, Now.AddHours(n - count))).ToArray();
}
