using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

internal static class GetEmployee
{
    public static async Task<Results<Ok<EmployeeDto>, ProblemHttpResult>> Handle(
        Guid id, HrDbContext db, HrAccess access, HttpResponse response, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        var skills = await EmployeeSkills.OfAsync(db, id, cancellationToken);
        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Ok(EmployeeDto.From(employee, EmployeeRules.NormaliseSkills(skills), access.CanSeePersonal(employee)));
    }
}
