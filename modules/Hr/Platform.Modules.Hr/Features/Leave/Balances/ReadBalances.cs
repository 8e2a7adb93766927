using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.Balances;

/// <summary>An employee's balances and their ledger, for the employee, their managers up the chain and HR.</summary>
internal static class ReadBalances
{
    public static async Task<Results<Ok<List<BalanceDto>>, ValidationProblem, ProblemHttpResult>> Balances(
        Guid? employeeId, int? year, HrDbContext db, LeaveAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ValidateYear(year) is { } invalid)
        {
            return invalid;
        }

        var (employee, problem) = await ResolveAsync(employeeId, db, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var rows = await BalanceReport.ComputeAsync(db, [employee!], year ?? time.GetUtcNow().Year, cancellationToken);
        return TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<List<LedgerEntryDto>>, ValidationProblem, ProblemHttpResult>> Ledger(
        Guid? employeeId, Guid? leaveTypeId, int? year, HrDbContext db, LeaveAccess access, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ValidateYear(year) is { } invalid)
        {
            return invalid;
        }

        var (employee, problem) = await ResolveAsync(employeeId, db, access, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var wantedYear = year ?? time.GetUtcNow().Year;
        var query = db.LeaveLedger.AsNoTracking().Where(e => e.EmployeeId == employee!.Id && e.Year == wantedYear);
        if (leaveTypeId is { } type)
        {
            query = query.Where(e => e.LeaveTypeId == type);
        }

        var entries = await query.OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(LedgerEntryDto.From).ToList());
    }

    internal static ValidationProblem? ValidateYear(int? year) =>
        year is null or (>= 2000 and <= 2200) ? null : new ValidationErrors().Add("year", "year must be between 2000 and 2200.").ToProblem();

    /// <summary>The employee asked for (the caller when none), or 404 when they are not the caller's to see.</summary>
    private static async Task<(Domain.Employee? Employee, ProblemHttpResult? Problem)> ResolveAsync(
        Guid? employeeId, HrDbContext db, LeaveAccess access, CancellationToken cancellationToken)
    {
        var id = employeeId ?? (await access.SelfAsync(cancellationToken))?.Id;
        if (id is null)
        {
            return (null, LeaveProblems.NoEmployeeRecord());
        }

        var scope = await access.ScopeAsync(cancellationToken);
        var employee = scope.Includes(id.Value) ? await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        return employee is null ? (null, ApiProblems.NotFound("Employee", id.Value)) : (employee, null);
    }
}
