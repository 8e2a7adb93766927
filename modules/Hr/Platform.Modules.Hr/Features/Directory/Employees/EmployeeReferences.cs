using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// Checks what an employee record points at: the department, location, manager and user account must exist, and the
/// manager must not close a reporting cycle (A reports to B reports to A, or A to A).
/// </summary>
internal sealed class EmployeeReferences(HrDbContext db, IUserAccounts users)
{
    public async Task CheckAsync(
        Guid employeeId, Guid? departmentId, Guid? managerId, Guid? locationId, Guid? userId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (departmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            errors.Add("departmentId", $"No department has id '{department}'.");
        }

        if (locationId is { } location && !await db.Locations.AnyAsync(l => l.Id == location, cancellationToken))
        {
            errors.Add("locationId", $"No location has id '{location}'.");
        }

        if (userId is { } user && await users.FindByIdAsync(user, cancellationToken) is null)
        {
            errors.Add("userId", $"No platform user has id '{user}'.");
        }

        if (managerId is { } manager)
        {
            if (manager != employeeId && !await db.Employees.AnyAsync(e => e.Id == manager, cancellationToken))
            {
                errors.Add("managerId", $"No employee has id '{manager}'.");
            }
            else if (await ReportingCycleAsync(employeeId, manager, cancellationToken) is { } cycle)
            {
                errors.Add("managerId", $"Reporting to this manager would close a cycle: {cycle}.");
            }
        }
    }

    /// <summary>The reporting cycle that <paramref name="managerId"/> would close, described by names and numbers; null when none.</summary>
    private async Task<string?> ReportingCycleAsync(Guid employeeId, Guid managerId, CancellationToken cancellationToken)
    {
        // Walk up from the proposed manager only: the cycle, if any, is on that path.
        var managers = new Dictionary<Guid, Guid?>();
        Guid? current = managerId;
        while (current is { } id && id != employeeId && !managers.ContainsKey(id))
        {
            current = managers[id] = await db.Employees.Where(e => e.Id == id).Select(e => e.ManagerId).FirstOrDefaultAsync(cancellationToken);
        }

        var cycle = HierarchyCycle.Find(employeeId, managerId, id => managers.GetValueOrDefault(id));
        return cycle is null ? null : await DescribeAsync(db, cycle, cancellationToken);
    }

    /// <summary>"Ana Lima (E1) → Ben Ode (E2) → Ana Lima (E1)".</summary>
    public static async Task<string> DescribeAsync(HrDbContext db, IReadOnlyList<Guid> chain, CancellationToken cancellationToken)
    {
        var ids = chain.Distinct().ToList();
        var names = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.FirstName, e.LastName, e.EmployeeNumber })
            .ToDictionaryAsync(e => e.Id, e => $"{e.FirstName} {e.LastName} ({e.EmployeeNumber})", cancellationToken);
        return string.Join(" → ", chain.Select(id => names.GetValueOrDefault(id, id.ToString())));
    }
}
