using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>The yearly grant (joiners and leavers pro-rated to half days), the year-end carry-over cap and the expiry of carried days.</summary>
public sealed class LeaveAccrualTests
{
    private static LeaveType Annual(decimal daysPerYear = 25, bool proRate = true, decimal carryOverMax = 5, int? expiryMonths = 3) => new()
    {
        Id = Guid.CreateVersion7(), Code = "ANNUAL", Name = "Annual leave", Kind = LeaveKind.Annual, UsesBalance = true, DaysPerYear = daysPerYear,
        ProRateForJoiners = proRate, CarryOverMaxDays = carryOverMax, CarryOverExpiryMonths = expiryMonths, AllowHalfDays = true,
    };

    [Theory]
    [InlineData(2.0, 2.0)]
    [InlineData(2.2, 2.0)]
    [InlineData(2.24, 2.0)]
    [InlineData(2.25, 2.5)]
    [InlineData(2.6, 2.5)]
    [InlineData(2.75, 3.0)]
    [InlineData(12.60, 12.5)]
    public void Rounding_is_to_the_nearest_half_day_with_quarters_rounding_up(double days, double expected) =>
        Assert.Equal((decimal)expected, LeaveAccrual.RoundToHalfDay((decimal)days));

    [Theory]
    [InlineData("2026-05-01", 25)]     // employed all year
    [InlineData("2027-01-01", 25)]     // starts on New Year's Day
    [InlineData("2027-07-01", 12.5)]   // 184 of 365 days: 12.60
    [InlineData("2027-10-01", 6.5)]    // 92 of 365 days: 6.30
    [InlineData("2027-12-31", 0.0)]    // 1 day: 0.07 rounds to nothing
    [InlineData("2027-12-25", 0.5)]    // 7 days: 0.48
    [InlineData("2028-01-02", 0.0)]    // not employed in 2027
    public void Joiners_get_the_share_of_the_year_they_work(string start, double expected) =>
        Assert.Equal((decimal)expected, LeaveAccrual.AnnualGrant(Annual(), DateOnly.Parse(start), null, 2027));

    [Fact]
    public void A_leap_year_counts_366_days() =>
        // 2028-07-01 to 2028-12-31: 184 of 366 days of 20 = 10.05.
        Assert.Equal(10m, LeaveAccrual.AnnualGrant(Annual(20), new DateOnly(2028, 7, 1), null, 2028));

    [Fact]
    public void Leavers_get_the_share_up_to_their_last_day() =>
        // 2027-01-01 to 2027-03-31: 90 of 365 days of 25 = 6.16.
        Assert.Equal(6m, LeaveAccrual.AnnualGrant(Annual(), new DateOnly(2020, 1, 1), new DateOnly(2027, 3, 31), 2027));

    [Fact]
    public void Without_pro_rating_joiners_get_the_full_grant_and_types_without_a_balance_get_nothing()
    {
        Assert.Equal(25m, LeaveAccrual.AnnualGrant(Annual(proRate: false), new DateOnly(2027, 11, 1), null, 2027));
        var sick = Annual();
        sick.UsesBalance = false;
        Assert.Equal(0m, LeaveAccrual.AnnualGrant(sick, new DateOnly(2020, 1, 1), null, 2027));
        Assert.Equal(0m, LeaveAccrual.AnnualGrant(Annual(daysPerYear: 0), new DateOnly(2020, 1, 1), null, 2027));
    }

    [Theory]
    [InlineData(8, 5, 5, 3)]       // above the cap: 5 carried, 3 lapse
    [InlineData(3.5, 5, 3.5, 0)]   // below the cap: all carried
    [InlineData(5, 5, 5, 0)]       // exactly the cap
    [InlineData(4, 0, 0, 4)]       // no carry-over: everything lapses
    [InlineData(0, 5, 0, 0)]       // nothing left
    [InlineData(-2, 5, 0, 0)]      // overdrawn: stays in its year
    public void Year_end_carries_up_to_the_cap_and_the_rest_lapses(double remaining, double cap, double carried, double lapsed)
    {
        var settled = LeaveAccrual.SettleYearEnd(Annual(carryOverMax: (decimal)cap), (decimal)remaining);
        Assert.Equal(((decimal)carried, (decimal)lapsed), settled);
    }

    [Theory]
    [InlineData(5, 0, 30, 5)]     // nothing used: all carried days lapse
    [InlineData(5, 2, 28, 3)]     // leave before the date uses carried days first
    [InlineData(5, 7, 23, 0)]     // more used than carried: nothing lapses
    [InlineData(5, 0, 2, 2)]      // the balance is lower (leave approved for later): never below zero
    [InlineData(0, 0, 25, 0)]     // nothing carried
    public void Carried_days_not_used_before_the_expiry_date_lapse(double carried, double used, double balance, double expected) =>
        Assert.Equal((decimal)expected, LeaveAccrual.ExpiringCarriedDays((decimal)carried, (decimal)used, (decimal)balance));

    [Fact]
    public void Carried_days_lapse_the_given_months_after_the_year_starts()
    {
        Assert.Equal(new DateOnly(2027, 4, 1), LeaveAccrual.CarryOverExpiryDate(Annual(expiryMonths: 3), 2027));
        Assert.Null(LeaveAccrual.CarryOverExpiryDate(Annual(expiryMonths: null), 2027));
    }
}
