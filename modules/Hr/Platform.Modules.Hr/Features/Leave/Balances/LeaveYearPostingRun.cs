using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>What one run of the yearly postings wrote.</summary>
public sealed record PostingRunResult(int Year, int Accruals, int CarryOvers, int Expiries);

/// <summary>
/// Writes the automatic postings of a leave year (<see cref="LeaveYearPostings"/>) for every employee employed in it
/// and every leave type with a balance, in one SaveChanges. Runs again find their keys in the ledger and post
/// nothing new; two runs racing each other are stopped by the unique posting key, so the loser writes nothing.
/// </summary>
internal static class LeaveYearPostingRun
{
    public static async Task<PostingRunResult> RunAsync(HrDbContext db, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var employees = await db.Employees.AsNoTracking()
            .Where(e => e.StartDate <= yearEnd && (e.EndDate == null || e.EndDate >= yearStart))
            .Select(e => new { e.Id, e.StartDate, e.EndDate })
            .ToListAsync(cancellationToken);
        var types = await db.LeaveTypes.AsNoTracking().Where(t => t.UsesBalance).ToListAsync(cancellationToken);
        var ids = employees.Select(e => e.Id).ToList();
        var entries = (await db.LeaveLedger.AsNoTracking()
                .Where(e => (e.Year == year || e.Year == year - 1) && ids.Contains(e.EmployeeId))
                .ToListAsync(cancellationToken))
            .ToLookup(e => (e.EmployeeId, e.LeaveTypeId));

        var accruals = 0;
        var carryOvers = 0;
        var expiries = 0;
        foreach (var employee in employees)
        {
            foreach (var type in types)
            {
                var mine = entries[(employee.Id, type.Id)].ToList();
                var keys = mine.Where(e => e.PostingKey is not null).Select(e => e.PostingKey!).ToHashSet(StringComparer.Ordinal);
                foreach (var posting in LeaveYearPostings.Plan(type, employee.Id, employee.StartDate, employee.EndDate, year, today, new LedgerFacts(mine, keys)))
                {
                    db.LeaveLedger.Add(new LeaveLedgerEntry
                    {
                        Id = Guid.CreateVersion7(now), EmployeeId = employee.Id, LeaveTypeId = type.Id, Year = posting.Year, Kind = posting.Kind,
                        Days = posting.Days, EffectiveDate = posting.EffectiveDate, PostingKey = posting.PostingKey, Note = posting.Note, CreatedAt = now,
                    });
                    switch (posting.Kind)
                    {
                        case LedgerEntryKind.Accrual:
                            accruals++;
                            break;
                        case LedgerEntryKind.CarryOver when posting.Days > 0:
                            carryOvers++;
                            break;
                        case LedgerEntryKind.Expiry:
                            expiries++;
                            break;
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new PostingRunResult(year, accruals, carryOvers, expiries);
    }
}
