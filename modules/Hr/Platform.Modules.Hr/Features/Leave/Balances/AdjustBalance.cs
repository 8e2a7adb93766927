using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Leave.Types;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>A manual correction of a balance: signed days (0.5 steps) with a note saying why.</summary>
public sealed record BalanceAdjustmentRequest(Guid? EmployeeId, Guid? LeaveTypeId, int? Year, decimal Days, string? Note);

internal static class AdjustBalance
{
    public static async Task<Results<Created<LedgerEntryDto>, ValidationProblem>> Handle(
        BalanceAdjustmentRequest request, HrDbContext db, LeaveAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(request.EmployeeId is not null, "employeeId", "employeeId is required.");
        errors.Require(request.LeaveTypeId is not null, "leaveTypeId", "leaveTypeId is required.");
        errors.Require(request.Year is >= 2000 and <= 2200, "year", "year is required, between 2000 and 2200.");
        errors.Require(request.Days != 0 && Math.Abs(request.Days) <= LeaveType.MaxDaysPerYear && LeaveTypeRules.IsHalfDayStep(request.Days), "days",
            $"days is a non-zero number of days in steps of 0.5 (negative to take days away), at most {LeaveType.MaxDaysPerYear} either way.");
        errors.Require(!string.IsNullOrWhiteSpace(request.Note) && request.Note.Length <= LeaveLedgerEntry.NoteMaxLength, "note",
            $"note is required (why the balance changes), at most {LeaveLedgerEntry.NoteMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var type = await db.LeaveTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.LeaveTypeId, cancellationToken);
        errors.Require(type is not null, "leaveTypeId", $"No leave type has id '{request.LeaveTypeId}'.");
        errors.Require(type is null || type.UsesBalance, "leaveTypeId", $"Leave type '{type?.Code}' has no balance to adjust.");
        errors.Require(await db.Employees.AnyAsync(e => e.Id == request.EmployeeId, cancellationToken), "employeeId", $"No employee has id '{request.EmployeeId}'.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var year = request.Year!.Value;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var entry = new LeaveLedgerEntry
        {
            Id = Guid.CreateVersion7(now), EmployeeId = request.EmployeeId!.Value, LeaveTypeId = type!.Id, Year = year, Kind = LedgerEntryKind.Adjustment,
            Days = request.Days, EffectiveDate = today.Year == year ? today : new DateOnly(year, 1, 1),
            Note = request.Note!.Trim(), CreatedBy = access.UserId, CreatedAt = now,
        };
        db.LeaveLedger.Add(entry);
        await LeaveYearLock.TouchAsync(db, entry.EmployeeId, year, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/hr/leave/balances/ledger?employeeId={entry.EmployeeId}&year={year}", LedgerEntryDto.From(entry));
    }
}
