using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>The unique keys of employees: their number and their user account link (409 on a clash).</summary>
internal static class EmployeeConflicts
{
    public static async Task<ProblemHttpResult?> FindAsync(HrDbContext db, Guid employeeId, string number, Guid? userId, CancellationToken cancellationToken)
    {
        if (await db.Employees.AnyAsync(e => e.Id != employeeId && e.EmployeeNumber == number, cancellationToken))
        {
            return ApiProblems.Conflict($"An employee with number '{number}' already exists.", "Employee numbers are unique; choose another number or update that employee.");
        }

        if (userId is { } user && await db.Employees.AnyAsync(e => e.Id != employeeId && e.UserId == user, cancellationToken))
        {
            return ApiProblems.Conflict($"The user '{user}' is already linked to another employee.", "A platform account belongs to one employee record; unlink it there first.");
        }

        return null;
    }
}
