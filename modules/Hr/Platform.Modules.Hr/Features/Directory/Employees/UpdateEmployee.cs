using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

internal static class UpdateEmployee
{
    /// <summary>HR's edit: replaces the work fields, the skills (when given) and the personal fields (when given).</summary>
    public static async Task<Results<Ok<EmployeeDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, EmployeeRequest request, HrDbContext db, EmployeeReferences references, TimeProvider time, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, employee.Version) is { } failed)
        {
            return failed;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        EmployeeRules.ValidateWork(request.Work, (field, message) => errors.Add(field, message));
        if (request.Personal is { } personal)
        {
            EmployeeRules.ValidatePersonal(personal, DateOnly.FromDateTime(now.UtcDateTime), (field, message) => errors.Add(field, message));
        }

        errors.Require(employee.ErasedAt is null || request.UserId is null, "userId", "An erased employee cannot be linked to a user account again.");
        await references.CheckAsync(id, request.DepartmentId, request.ManagerId, request.LocationId, request.UserId, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await EmployeeConflicts.FindAsync(db, id, request.EmployeeNumber.Trim(), request.UserId, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        var changed = new List<string>();
        EmployeeRules.ApplyWork(request.Work, employee, changed);
        EmployeeRules.ApplyReferences(request.DepartmentId, request.ManagerId, request.LocationId, employee, changed);
        if (employee.UserId != request.UserId)
        {
            employee.UserId = request.UserId;
            changed.Add("userId");
        }

        if (request.Personal is { } details)
        {
            EmployeeRules.ApplyPersonal(details, employee, changed);
        }

        var current = await EmployeeSkills.OfAsync(db, id, cancellationToken);
        var skills = request.Skills is null ? EmployeeRules.NormaliseSkills(current) : EmployeeSkills.Replace(db, id, current, request.Skills, changed);
        await SaveAsync(db, employee, skills, changed, now, cancellationToken);

        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Ok(EmployeeDto.From(employee, skills, withPersonal: true));
    }

    /// <summary>Saves a changed employee with its search text and one hr.employee-updated.v1 naming the fields; nothing when nothing changed.</summary>
    public static async Task SaveAsync(HrDbContext db, Employee employee, IReadOnlyList<string> skills, List<string> changed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return;
        }

        employee.SearchText = EmployeeSearch.TextOf(employee, skills);
        employee.UpdatedAt = now;
        db.PublishEvent(new EmployeeUpdated(employee.Id, employee.EmployeeNumber, employee.UserId, changed));
        await db.SaveChangesAsync(cancellationToken);
    }
}
