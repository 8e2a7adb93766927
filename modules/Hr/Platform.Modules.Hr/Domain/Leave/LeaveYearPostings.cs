using System.Globalization;

namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>A ledger entry the yearly postings want to write.</summary>
internal sealed record PlannedPosting(LedgerEntryKind Kind, int Year, decimal Days, DateOnly EffectiveDate, string PostingKey, string Note);

/// <summary>What the ledger already holds for one employee and leave type, as the yearly postings need it.</summary>
/// <param name="Entries">The entries of the year before and of the year being posted.</param>
/// <param name="PostingKeys">The posting keys already in the ledger.</param>
internal sealed record LedgerFacts(IReadOnlyList<LeaveLedgerEntry> Entries, IReadOnlySet<string> PostingKeys);

/// <summary>
/// The automatic postings of one leave year for one employee and leave type, in order: the carry-over settlement of
/// the year before (carried days out of it and into this year, the rest lapsing), this year's grant, and, once its
/// date has come, the expiry of carried days not used in time. Every posting has a key naming employee, type, year
/// and kind; a key already in the ledger is never posted again, so the postings can run any number of times.
/// </summary>
internal static class LeaveYearPostings
{
    public static IReadOnlyList<PlannedPosting> Plan(
        LeaveType type, Guid employeeId, DateOnly employedFrom, DateOnly? employedTo, int year, DateOnly today, LedgerFacts facts)
    {
        var planned = new List<PlannedPosting>();
        if (!type.UsesBalance)
        {
            return planned;
        }

        var previous = year - 1;
        var key = $"{employeeId:N}:{type.Id:N}";
        var carryOut = $"carry-out:{key}:{previous}";
        var carryIn = $"carry-in:{key}:{year}";
        var lapse = $"lapse:{key}:{previous}";
        if (!facts.PostingKeys.Contains(carryOut) && !facts.PostingKeys.Contains(carryIn) && !facts.PostingKeys.Contains(lapse))
        {
            var remaining = facts.Entries.Where(e => e.Year == previous).Sum(e => e.Days);
            var (carried, lapsed) = LeaveAccrual.SettleYearEnd(type, remaining);
            var lastDay = new DateOnly(previous, 12, 31);
            if (carried > 0)
            {
                planned.Add(new PlannedPosting(LedgerEntryKind.CarryOver, previous, -carried, lastDay, carryOut, $"Carried into {year}."));
                planned.Add(new PlannedPosting(LedgerEntryKind.CarryOver, year, carried, new DateOnly(year, 1, 1), carryIn, $"Carried over from {previous}."));
            }

            if (lapsed > 0)
            {
                planned.Add(new PlannedPosting(LedgerEntryKind.Expiry, previous, -lapsed, lastDay, lapse, string.Create(CultureInfo.InvariantCulture, $"Unused days beyond the carry-over cap of {type.CarryOverMaxDays:0.##}.")));
            }
        }

        var accrual = $"accrual:{key}:{year}";
        if (!facts.PostingKeys.Contains(accrual) && LeaveAccrual.AnnualGrant(type, employedFrom, employedTo, year) is > 0 and var grant)
        {
            var yearStart = new DateOnly(year, 1, 1);
            var note = grant == type.DaysPerYear ? $"Yearly grant for {year}." : $"Yearly grant for {year}, pro-rated for the days employed.";
            planned.Add(new PlannedPosting(LedgerEntryKind.Accrual, year, grant, employedFrom > yearStart ? employedFrom : yearStart, accrual, note));
        }

        var expiry = $"carry-expiry:{key}:{year}";
        if (LeaveAccrual.CarryOverExpiryDate(type, year) is { } expiresOn && today >= expiresOn && !facts.PostingKeys.Contains(expiry))
        {
            var thisYear = facts.Entries.Where(e => e.Year == year).Select(e => (e.Kind, e.Days, e.EffectiveDate))
                .Concat(planned.Where(p => p.Year == year).Select(p => (p.Kind, p.Days, p.EffectiveDate)))
                .ToList();
            var carriedIn = thisYear.Where(e => e.Kind == LedgerEntryKind.CarryOver && e.Days > 0).Sum(e => e.Days);
            var usedBeforeExpiry = -thisYear.Where(e => e.Kind is LedgerEntryKind.Taken or LedgerEntryKind.Returned && e.EffectiveDate < expiresOn).Sum(e => e.Days);
            var expiring = LeaveAccrual.ExpiringCarriedDays(carriedIn, usedBeforeExpiry, thisYear.Sum(e => e.Days));
            if (expiring > 0)
            {
                planned.Add(new PlannedPosting(LedgerEntryKind.Expiry, year, -expiring, expiresOn, expiry, $"Carried days not used before {expiresOn:yyyy-MM-dd}."));
            }
        }

        return planned;
    }
}
