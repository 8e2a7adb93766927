using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>The filters of the employee list and export (bound from the query string).</summary>
public sealed record EmployeeFilter
{
    /// <summary>Employees of this department, and of its sub-departments unless <see cref="IncludeSubDepartments"/> is false.</summary>
    public Guid? DepartmentId { get; init; }

    public bool? IncludeSubDepartments { get; init; }

    public Guid? LocationId { get; init; }

    /// <summary>Direct reports of this employee.</summary>
    public Guid? ManagerId { get; init; }

    public EmployeeStatus? Status { get; init; }

    public EmploymentType? EmploymentType { get; init; }

    /// <summary>Employees with this skill (case-insensitive).</summary>
    public string? Skill { get; init; }

    /// <summary>Text: every word must occur in the number, names, work email, job title or skills.</summary>
    public string? Q { get; init; }

    /// <summary>Whether the filter searches text or skills (which test every row).</summary>
    internal bool IsSearch => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Skill);
}

internal static class ListEmployees
{
    private static readonly SortFields<Employee> Sorting = new SortFields<Employee>()
        .Add("employeeNumber", e => e.EmployeeNumber)
        .Add("lastName", e => e.LastName)
        .Add("firstName", e => e.FirstName)
        .Add("jobTitle", e => e.JobTitle)
        .Add("startDate", e => e.StartDate)
        .Add("status", e => e.Status)
        .Add("createdAt", e => e.Id) // GUID v7 ids follow creation order
        .Add("updatedAt", e => e.UpdatedAt);

    private static readonly SortKey[] ByName = [new("lastName", false), new("firstName", false)];

    /// <summary>Up to this many matches, a search sorts them without the name index (see <see cref="PageAsync"/>).</summary>
    private const long FewMatches = 100;

    public static async Task<Results<Ok<PagedResult<EmployeeDto>>, ValidationProblem>> Handle(
        int? page, int? pageSize, string? sort, [AsParameters] EmployeeFilter filter, HrDbContext db, HrAccess access,
        CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var filtered = await FilterAsync(db, filter, cancellationToken);
        var (total, rows) = await PageAsync(filtered, filter.IsSearch, sortKeys, paging, cancellationToken);
        var skills = await EmployeeSkills.OfAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        var items = rows.Select(e => EmployeeDto.From(e, [.. skills[e.Id]], access.CanSeePersonal(e))).ToList();
        return TypedResults.Ok(new PagedResult<EmployeeDto>(items, paging.EffectivePage, paging.EffectivePageSize, total));
    }

    /// <summary>
    /// The total and the requested page. A search (text or skill) tests every row. When it has many matches, walking
    /// the name index meets enough of them for a page early; when it has few, the walk visits the whole index, which
    /// costs about twice a plain scan that sorts the matches, so then the name order is taken without the index.
    /// </summary>
    private static async Task<(long Total, List<Employee> Rows)> PageAsync(
        IQueryable<Employee> filtered, bool isSearch, IReadOnlyList<SortKey> sortKeys, PageRequest paging, CancellationToken cancellationToken)
    {
        var skip = (paging.EffectivePage - 1) * paging.EffectivePageSize;
        var total = await filtered.LongCountAsync(cancellationToken);
        if (skip >= total)
        {
            return (total, []);
        }

        var sorted = sortKeys.Count == 0 && isSearch && total <= FewMatches
            ? filtered.OrderBy(e => e.LastName + "").ThenBy(e => e.FirstName).ThenBy(e => e.EmployeeNumber)
            : Sorting.Apply(filtered, sortKeys.Count > 0 ? sortKeys : ByName, "employeeNumber");
        return (total, await sorted.Skip(skip).Take(paging.EffectivePageSize).ToListAsync(cancellationToken));
    }

    /// <summary>The employees matching <paramref name="filter"/> (shared with the export).</summary>
    public static async Task<IQueryable<Employee>> FilterAsync(HrDbContext db, EmployeeFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Employees.AsNoTracking();
        if (filter.DepartmentId is { } departmentId)
        {
            if (filter.IncludeSubDepartments ?? true)
            {
                var departments = (await DepartmentTree.LoadAsync(db, cancellationToken)).SelfAndDescendants(departmentId).ToList();
                query = query.Where(e => e.DepartmentId != null && departments.Contains(e.DepartmentId.Value));
            }
            else
            {
                query = query.Where(e => e.DepartmentId == departmentId);
            }
        }

        if (filter.LocationId is { } locationId)
        {
            query = query.Where(e => e.LocationId == locationId);
        }

        if (filter.ManagerId is { } managerId)
        {
            query = query.Where(e => e.ManagerId == managerId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(e => e.Status == status);
        }

        if (filter.EmploymentType is { } type)
        {
            query = query.Where(e => e.EmploymentType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Skill))
        {
            var skill = filter.Skill.Trim().ToLowerInvariant();
            query = query.Where(e => db.EmployeeSkills.Any(s => s.EmployeeId == e.Id && s.Skill.ToLower() == skill));
        }

        return EmployeeSearch.Matching(query, EmployeeSearch.WordsOf(filter.Q));
    }
}
