using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>Balances of many employees for one year, read with one query per table: one row per employee and leave type with a balance.</summary>
internal static class BalanceReport
{
    public static async Task<List<BalanceDto>> ComputeAsync(HrDbContext db, IReadOnlyList<Employee> employees, int year, CancellationToken cancellationToken)
    {
        var types = await db.LeaveTypes.AsNoTracking().Where(t => t.UsesBalance).OrderBy(t => t.Code).ToListAsync(cancellationToken);
        var ids = employees.Select(e => e.Id).ToList();
        var entries = await db.LeaveLedger.AsNoTracking()
            .Where(e => e.Year == year && ids.Contains(e.EmployeeId))
            .Select(e => new { e.EmployeeId, e.LeaveTypeId, e.Kind, e.Days })
            .ToListAsync(cancellationToken);
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var pending = (await db.LeaveRequests.AsNoTracking()
                .Where(r => r.Status == LeaveRequestStatus.Pending && r.StartDate >= yearStart && r.StartDate <= yearEnd && ids.Contains(r.EmployeeId))
                .Select(r => new { r.EmployeeId, r.LeaveTypeId, r.Days })
                .ToListAsync(cancellationToken))
            .GroupBy(r => (r.EmployeeId, r.LeaveTypeId))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Days));
        var ledger = entries.ToLookup(e => (e.EmployeeId, e.LeaveTypeId));

        var rows = new List<BalanceDto>();
        foreach (var employee in employees)
        {
            foreach (var type in types)
            {
                var mine = ledger[(employee.Id, type.Id)].ToList();
                decimal Sum(params LedgerEntryKind[] kinds) => mine.Where(e => kinds.Contains(e.Kind)).Sum(e => e.Days);
                var balance = mine.Sum(e => e.Days);
                var reserved = pending.GetValueOrDefault((employee.Id, type.Id));
                rows.Add(new BalanceDto(
                    employee.Id, employee.DisplayName, type.Id, type.Code, year,
                    Sum(LedgerEntryKind.Accrual), Sum(LedgerEntryKind.CarryOver), Sum(LedgerEntryKind.Expiry),
                    Sum(LedgerEntryKind.Taken, LedgerEntryKind.Returned), Sum(LedgerEntryKind.Adjustment),
                    balance, reserved, balance - reserved));
            }
        }

        return rows;
    }
}
