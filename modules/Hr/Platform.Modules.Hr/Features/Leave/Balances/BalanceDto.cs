using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>
/// An employee's balance of one leave type in one leave year: <see cref="Balance"/> is the sum of the ledger,
/// <see cref="Pending"/> the days reserved by pending requests, <see cref="Available"/> what can still be requested.
/// The other figures break the balance down by kind of ledger entry.
/// </summary>
public sealed record BalanceDto(
    Guid EmployeeId,
    string EmployeeName,
    Guid LeaveTypeId,
    string LeaveTypeCode,
    int Year,
    decimal Accrued,
    decimal CarriedOver,
    decimal Expired,
    decimal Taken,
    decimal Adjusted,
    decimal Balance,
    decimal Pending,
    decimal Available);

/// <summary>One entry of the ledger as the API returns it.</summary>
public sealed record LedgerEntryDto(
    Guid Id, Guid EmployeeId, Guid LeaveTypeId, int Year, LedgerEntryKind Kind, decimal Days, DateOnly EffectiveDate, Guid? LeaveRequestId, string? Note, Guid? CreatedBy, DateTimeOffset CreatedAt)
{
    public static LedgerEntryDto From(LeaveLedgerEntry e) =>
        new(e.Id, e.EmployeeId, e.LeaveTypeId, e.Year, e.Kind, e.Days, e.EffectiveDate, e.LeaveRequestId, e.Note, e.CreatedBy, e.CreatedAt);
}
