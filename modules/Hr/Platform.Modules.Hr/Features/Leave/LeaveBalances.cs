using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>
/// Balance arithmetic over the ledger: the balance is the sum of the ledger; pending requests reserve their days,
/// so what can still be requested is the balance less the pending days.
/// </summary>
internal static class LeaveBalances
{
    /// <summary>Days as people write them (6.5, not 6.50 as some databases return them).</summary>
    public static string Format(decimal days) => days.ToString("0.##", CultureInfo.InvariantCulture);

    public static async Task<decimal> LedgerBalanceAsync(HrDbContext db, Guid employeeId, Guid leaveTypeId, int year, CancellationToken cancellationToken) =>
        (await db.LeaveLedger.AsNoTracking()
            .Where(e => e.EmployeeId == employeeId && e.LeaveTypeId == leaveTypeId && e.Year == year)
            .Select(e => e.Days)
            .ToListAsync(cancellationToken)).Sum();

    /// <summary>Days reserved by pending requests of the year (leave years are calendar years; a request lies in one).</summary>
    public static async Task<decimal> PendingDaysAsync(HrDbContext db, Guid employeeId, Guid leaveTypeId, int year, Guid? exceptRequestId, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        return (await db.LeaveRequests.AsNoTracking()
            .Where(r => r.EmployeeId == employeeId && r.LeaveTypeId == leaveTypeId && r.Status == LeaveRequestStatus.Pending
                && r.StartDate >= yearStart && r.StartDate <= yearEnd && r.Id != exceptRequestId)
            .Select(r => r.Days)
            .ToListAsync(cancellationToken)).Sum();
    }
}
