using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>The employee's last working day; today (UTC) when omitted.</summary>
public sealed record LeaveEmployeeRequest(DateOnly? EndDate = null);

internal static class LeaveEmployee
{
    /// <summary>Marks the employee as left; hr.employee-left.v1 makes the account deactivation follow.</summary>
    public static async Task<Results<Ok<EmployeeDto>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, LeaveEmployeeRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        if (employee.Status == EmployeeStatus.Left)
        {
            return ApiProblems.Conflict($"{employee.DisplayName} already left on {employee.EndDate:yyyy-MM-dd}.", "To rehire, set their status back to Active.");
        }

        var now = time.GetUtcNow();
        var endDate = request.EndDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (endDate < employee.StartDate)
        {
            return new ValidationErrors().Add("endDate", $"endDate cannot be before the start date {employee.StartDate:yyyy-MM-dd}.").ToProblem();
        }

        employee.Status = EmployeeStatus.Left;
        employee.EndDate = endDate;
        employee.UpdatedAt = now;
        db.PublishEvent(new EmployeeLeft(employee.Id, employee.EmployeeNumber, employee.UserId, endDate));
        await db.SaveChangesAsync(cancellationToken);

        var skills = EmployeeRules.NormaliseSkills(await EmployeeSkills.OfAsync(db, id, cancellationToken));
        Preconditions.SetETag(response, employee.Version);
        return TypedResults.Ok(EmployeeDto.From(employee, skills, withPersonal: true));
    }
}
