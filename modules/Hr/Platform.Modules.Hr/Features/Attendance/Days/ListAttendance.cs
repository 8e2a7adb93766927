using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Days;

/// <summary>Computed attendance days per employee over a date range, for everyone the caller may see (paged by employee).</summary>
internal static class ListAttendance
{
    public static async Task<Results<Ok<PagedResult<EmployeeAttendance>>, ValidationProblem, ProblemHttpResult>> Handle(
        DateOnly? from, DateOnly? to, Guid? employeeId, Guid? departmentId, int? page, int? pageSize,
        HrDbContext db, HrAccess access, AttendanceDaysQuery days, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var range = DateRange.Parse(from, to, errors);
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await AttendanceTarget.ScopeAsync(access, cancellationToken);
        if (employeeId is { } id && !scope.Includes(id))
        {
            return ApiProblems.NotFound("Employee", id);
        }

        var query = scope.Employees(db).AsNoTracking();
        if (employeeId is { } only)
        {
            query = query.Where(e => e.Id == only);
        }

        if (departmentId is { } department)
        {
            query = query.Where(e => e.DepartmentId == department);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var employees = await query.OrderBy(e => e.EmployeeNumber)
            .Skip((paging.EffectivePage - 1) * paging.EffectivePageSize)
            .Take(paging.EffectivePageSize)
            .ToListAsync(cancellationToken);
        var computed = await days.ComputeAsync(employees, range.From, range.To, allEmployees: false, cancellationToken);
        return TypedResults.Ok(new PagedResult<EmployeeAttendance>(computed, paging.EffectivePage, paging.EffectivePageSize, total));
    }
}
