using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.OrgChart;

/// <summary>The org chart from the top, from a department, or down an employee's reporting line.</summary>
internal static class OrgChartEndpoints
{
    public const int DefaultDepth = 3;
    public const int MaxDepth = 20;

    public static async Task<Results<Ok<List<DepartmentChartNode>>, ValidationProblem>> Roots(int? depth, HrDbContext db, CancellationToken cancellationToken)
    {
        if (Validate(depth) is { } invalid)
        {
            return invalid;
        }

        var chart = await LoadAsync(db, cancellationToken);
        return TypedResults.Ok(chart.Roots(depth ?? DefaultDepth).ToList());
    }

    public static async Task<Results<Ok<DepartmentChartNode>, ValidationProblem, ProblemHttpResult>> FromDepartment(
        Guid id, int? depth, HrDbContext db, CancellationToken cancellationToken)
    {
        if (Validate(depth) is { } invalid)
        {
            return invalid;
        }

        var chart = await LoadAsync(db, cancellationToken);
        return chart.HasDepartment(id) ? TypedResults.Ok(chart.Department(id, depth ?? DefaultDepth)) : ApiProblems.NotFound("Department", id);
    }

    public static async Task<Results<Ok<EmployeeChartNode>, ValidationProblem, ProblemHttpResult>> FromEmployee(
        Guid id, int? depth, HrDbContext db, CancellationToken cancellationToken)
    {
        if (Validate(depth) is { } invalid)
        {
            return invalid;
        }

        var chart = await LoadAsync(db, cancellationToken);
        return chart.HasEmployee(id) ? TypedResults.Ok(chart.Employee(id, depth ?? DefaultDepth)) : ApiProblems.NotFound("Employee", id);
    }

    private static ValidationProblem? Validate(int? depth) =>
        depth is < 0 or > MaxDepth ? new ValidationErrors().Add("depth", $"depth must be between 0 and {MaxDepth}.").ToProblem() : null;

    /// <summary>Only current employees count: people who left are not in the organisation any more.</summary>
    private static async Task<OrgChart> LoadAsync(HrDbContext db, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking()
            .Select(d => new ChartDepartment(d.Id, d.Name, d.Code, d.ParentId, d.HeadId))
            .ToListAsync(cancellationToken);
        var employees = await db.Employees.AsNoTracking().Where(e => e.Status != EmployeeStatus.Left)
            .Select(e => new { e.Id, e.FirstName, e.LastName, e.JobTitle, e.DepartmentId, e.ManagerId })
            .ToListAsync(cancellationToken);
        return new OrgChart(departments, employees.Select(e => new ChartEmployee(e.Id, $"{e.FirstName} {e.LastName}".Trim(), e.JobTitle, e.DepartmentId, e.ManagerId)));
    }
}
