using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
