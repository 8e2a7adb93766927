using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

internal static class UpdatePersonalDetails
{
    /// <summary>The employee's own edit (or HR's) of the personal fields; nobody else may even see them.</summary>
    public static async Task<Results<Ok<EmployeeDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, PersonalDetails request, HrDbContext db, HrAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (!access.CanSeePersonal(employee))
        {
            return PrivacyProblems.NotYourRecord();
        }

        if (Preconditions.CheckIfMatch(httpRequest, employee.Version) is { } failed)
        {
            return failed;
        }

        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        EmployeeRules.ValidatePersonal(request, DateOnly.FromDateTime(now.UtcDateTime), (field, message) => errors.Add(field, message));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var changed = new List<string>();
        EmployeeRules.ApplyPersonal(request, employee, changed);
        var skills = EmployeeRules.NormaliseSkills(await EmployeeSkills.OfAsync(db, id, cancellationToken));
        await UpdateEmployee.SaveAsync(db, employee, skills, changed, now, cancellationToken);

        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Ok(EmployeeDto.From(employee, skills, withPersonal: true));
    }
}
