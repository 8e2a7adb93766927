using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

internal static class CreateEmployee
{
    public static async Task<Results<Created<EmployeeDto>, ValidationProblem, ProblemHttpResult>> Handle(
        EmployeeRequest request, HrDbContext db, EmployeeReferences references, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var errors = new ValidationErrors();
        EmployeeRules.ValidateWork(request.Work, (field, message) => errors.Add(field, message));
        if (request.Personal is { } personal)
        {
            EmployeeRules.ValidatePersonal(personal, DateOnly.FromDateTime(now.UtcDateTime), (field, message) => errors.Add(field, message));
        }

        await references.CheckAsync(id, request.DepartmentId, request.ManagerId, request.LocationId, request.UserId, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await EmployeeConflicts.FindAsync(db, id, request.EmployeeNumber.Trim(), request.UserId, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var employee = new Employee { Id = id, UserId = request.UserId, CreatedAt = now, UpdatedAt = now };
        var changed = new List<string>();
        EmployeeRules.ApplyWork(request.Work, employee, changed);
        EmployeeRules.ApplyReferences(request.DepartmentId, request.ManagerId, request.LocationId, employee, changed);
        if (request.Personal is { } details)
        {
            EmployeeRules.ApplyPersonal(details, employee, changed);
        }

        var skills = EmployeeSkills.Replace(db, id, [], request.Skills ?? [], changed);
        employee.SearchText = EmployeeSearch.TextOf(employee, skills);
        db.Employees.Add(employee);
        db.PublishEvent(new EmployeeHired(employee.Id, employee.EmployeeNumber, employee.DisplayName, employee.UserId, employee.DepartmentId,
            employee.ManagerId, employee.LocationId, employee.StartDate, employee.EmploymentType.ToString()));
        await db.SaveChangesAsync(cancellationToken);

        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Created($"/api/hr/employees/{employee.Id}", EmployeeDto.From(employee, skills, withPersonal: true));
    }
}

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
