using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Departments;

internal static partial class DepartmentRules
{
    /// <summary>Checks the fields and what they point at: the parent must exist and not lie below the department, the head must be an employee.</summary>
    public static async Task<ValidationErrors> ValidateAsync(HrDbContext db, Guid departmentId, DepartmentRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= Department.NameMaxLength, "name",
            $"name is required and at most {Department.NameMaxLength} characters.");
        errors.Require(string.IsNullOrWhiteSpace(request.Code) || CodePattern().IsMatch(request.Code.Trim()), "code",
            $"code must be 1-{Department.CodeMaxLength} upper-case letters, digits or '-' (e.g. ENG).");
        if (request.HeadId is { } head && !await db.Employees.AnyAsync(e => e.Id == head, cancellationToken))
        {
            errors.Add("headId", $"No employee has id '{head}'.");
        }

        if (request.ParentId is { } parent)
        {
            var tree = await DepartmentTree.LoadAsync(db, cancellationToken);
            if (parent != departmentId && !tree.Contains(parent))
            {
                errors.Add("parentId", $"No department has id '{parent}'.");
            }
            else if (HierarchyCycle.Find(departmentId, parent, tree.ParentOf) is { } cycle)
            {
                errors.Add("parentId", $"This parent would close a cycle of departments: {await DescribeAsync(db, cycle, cancellationToken)}.");
            }
        }

        return errors;
    }

    public static async Task<Department?> WithCodeAsync(HrDbContext db, Guid exceptId, string? code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id != exceptId && d.Code == code.Trim(), cancellationToken);

    public static void Apply(DepartmentRequest request, Department department)
    {
        department.Name = request.Name.Trim();
        department.Code = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        department.ParentId = request.ParentId;
        department.HeadId = request.HeadId;
    }

    /// <summary>"Engineering (ENG) → Platform → Engineering (ENG)".</summary>
    private static async Task<string> DescribeAsync(HrDbContext db, IReadOnlyList<Guid> chain, CancellationToken cancellationToken)
    {
        var ids = chain.Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Code == null ? d.Name : $"{d.Name} ({d.Code})", cancellationToken);
        return string.Join(" → ", chain.Select(id => names.GetValueOrDefault(id, id.ToString())));
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{0,19}$")]
    private static partial Regex CodePattern();
}
