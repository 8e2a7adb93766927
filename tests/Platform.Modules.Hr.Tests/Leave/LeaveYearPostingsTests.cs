using Microsoft.Extensions.Time.Testing;
using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Tests.Leave;

/// <summary>
/// The automatic postings of a year, replayed against a ledger kept in memory the way the posting run keeps the real
/// one: grants, carry-over with its cap, expiry after its date, and never a posting twice.
/// </summary>
public sealed class LeaveYearPostingsTests
{
    private static readonly Guid Employee = Guid.CreateVersion7();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly List<LeaveLedgerEntry> _ledger = [];

    private static LeaveType Annual(int? expiryMonths = 3) => new()
    {
        Id = Guid.CreateVersion7(), Code = "ANNUAL", Name = "Annual leave", Kind = LeaveKind.Annual, UsesBalance = true, DaysPerYear = 25,
        ProRateForJoiners = true, CarryOverMaxDays = 5, CarryOverExpiryMonths = expiryMonths,
    };

    private DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private IReadOnlyList<PlannedPosting> Run(LeaveType type, int year, DateOnly employedFrom, DateOnly? employedTo = null)
    {
        var facts = new LedgerFacts(_ledger.ToList(), _ledger.Where(e => e.PostingKey is not null).Select(e => e.PostingKey!).ToHashSet());
        var planned = LeaveYearPostings.Plan(type, Employee, employedFrom, employedTo, year, Today, facts);
        _ledger.AddRange(planned.Select(p => new LeaveLedgerEntry
        {
            Id = Guid.CreateVersion7(), EmployeeId = Employee, LeaveTypeId = type.Id, Year = p.Year, Kind = p.Kind, Days = p.Days, EffectiveDate = p.EffectiveDate, PostingKey = p.PostingKey,
        }));
        return planned;
    }

    private void Take(LeaveType type, DateOnly on, decimal days) => _ledger.Add(new LeaveLedgerEntry
    {
        Id = Guid.CreateVersion7(), EmployeeId = Employee, LeaveTypeId = type.Id, Year = on.Year, Kind = LedgerEntryKind.Taken, Days = -days, EffectiveDate = on,
    });

    private decimal Balance(int year) => _ledger.Where(e => e.Year == year).Sum(e => e.Days);

    [Fact]
    public void A_year_is_granted_once_however_often_the_postings_run()
    {
        var type = Annual();
        var first = Run(type, 2026, new DateOnly(2020, 1, 1));
        Assert.Equal([(LedgerEntryKind.Accrual, 25m)], first.Select(p => (p.Kind, p.Days)));
        Assert.Empty(Run(type, 2026, new DateOnly(2020, 1, 1)));
        _time.Advance(TimeSpan.FromDays(200));
        Assert.Empty(Run(type, 2026, new DateOnly(2020, 1, 1)));
        Assert.Equal(25m, Balance(2026));
    }

    [Fact]
    public void A_joiner_is_granted_the_pro_rated_share_from_their_first_day()
    {
        var posting = Assert.Single(Run(Annual(), 2026, new DateOnly(2026, 7, 1)));
        Assert.Equal(12.5m, posting.Days);
        Assert.Equal(new DateOnly(2026, 7, 1), posting.EffectiveDate);
    }

    [Fact]
    public void At_year_end_unused_days_are_carried_up_to_the_cap_and_the_rest_lapses()
    {
        var type = Annual();
        Run(type, 2026, new DateOnly(2020, 1, 1));
        Take(type, new DateOnly(2026, 8, 3), 17);
        _time.Advance(TimeSpan.FromDays(365)); // 2027-01-05

        var postings = Run(type, 2027, new DateOnly(2020, 1, 1));
        Assert.Equal(0m, Balance(2026)); // 8 left: 5 carried out, 3 lapsed
        Assert.Equal(30m, Balance(2027)); // 5 carried in + 25 granted
        Assert.Contains(postings, p => p is { Kind: LedgerEntryKind.Expiry, Year: 2026, Days: -3m });
        Assert.Contains(postings, p => p is { Kind: LedgerEntryKind.CarryOver, Year: 2027, Days: 5m });
        Assert.Empty(Run(type, 2027, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Carried_days_lapse_on_their_date_less_what_was_used_before_it()
    {
        var type = Annual(expiryMonths: 3);
        Run(type, 2026, new DateOnly(2020, 1, 1));
        Take(type, new DateOnly(2026, 5, 4), 20);
        _time.Advance(TimeSpan.FromDays(365)); // 2027-01-05: 5 carried in
        Run(type, 2027, new DateOnly(2020, 1, 1));
        Take(type, new DateOnly(2027, 2, 1), 2);    // before 2027-04-01: uses carried days
        Take(type, new DateOnly(2027, 6, 1), 10);   // after: does not

        Assert.DoesNotContain(Run(type, 2027, new DateOnly(2020, 1, 1)), p => p.Kind == LedgerEntryKind.Expiry); // not yet due
        _time.Advance(TimeSpan.FromDays(86)); // 2027-04-01
        var expiry = Assert.Single(Run(type, 2027, new DateOnly(2020, 1, 1)));
        Assert.Equal((LedgerEntryKind.Expiry, -3m, new DateOnly(2027, 4, 1)), (expiry.Kind, expiry.Days, expiry.EffectiveDate));
        Assert.Equal(15m, Balance(2027)); // 30 - 2 - 10 - 3
        Assert.Empty(Run(type, 2027, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Carried_days_that_never_lapse_stay_and_an_overdrawn_year_carries_nothing()
    {
        var type = Annual(expiryMonths: null);
        Run(type, 2026, new DateOnly(2020, 1, 1));
        Take(type, new DateOnly(2026, 3, 2), 27);
        _time.Advance(TimeSpan.FromDays(500));
        var postings = Run(type, 2027, new DateOnly(2020, 1, 1));
        Assert.Equal([(LedgerEntryKind.Accrual, 25m)], postings.Select(p => (p.Kind, p.Days)));
        Assert.Equal(-2m, Balance(2026));
    }

    [Fact]
    public void Types_without_a_balance_post_nothing()
    {
        var sick = Annual();
        sick.UsesBalance = false;
        Assert.Empty(Run(sick, 2026, new DateOnly(2020, 1, 1)));
    }
}
