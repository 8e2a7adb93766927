using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.VCards;

/// <summary>vCard downloads of the work directory: one employee, or everyone in a department.</summary>
internal static class VCardEndpoints
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Employee(Guid id, HrDbContext db, CancellationToken cancellationToken)
    {
        var contacts = await ContactsAsync(db, db.Employees.Where(e => e.Id == id), cancellationToken);
        return contacts.Count == 0
            ? ApiProblems.NotFound("Employee", id)
            : File(contacts, $"{contacts[0].FirstName} {contacts[0].LastName}");
    }

    /// <summary>The current members of a department (and of its sub-departments unless asked otherwise), one vCard each.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Department(
        Guid id, bool? includeSubDepartments, HrDbContext db, CancellationToken cancellationToken)
    {
        var tree = await DepartmentTree.LoadAsync(db, cancellationToken);
        if (!tree.Contains(id))
        {
            return ApiProblems.NotFound("Department", id);
        }

        var departments = (includeSubDepartments ?? true ? tree.SelfAndDescendants(id) : new HashSet<Guid> { id }).ToList();
        var members = db.Employees.Where(e => e.Status != EmployeeStatus.Left && e.DepartmentId != null && departments.Contains(e.DepartmentId.Value));
        var name = await db.Departments.Where(d => d.Id == id).Select(d => d.Name).FirstAsync(cancellationToken);
        return File(await ContactsAsync(db, members, cancellationToken), name);
    }

    /// <summary>Work fields only, by design: a vCard is shared freely, so personal fields never go into one.</summary>
    private static async Task<List<VCardContact>> ContactsAsync(HrDbContext db, IQueryable<Employee> employees, CancellationToken cancellationToken) =>
        await (from e in employees.AsNoTracking()
               join d in db.Departments on e.DepartmentId equals d.Id into departments
               from d in departments.DefaultIfEmpty()
               orderby e.LastName, e.FirstName, e.EmployeeNumber
               select new VCardContact(e.Id, e.FirstName, e.LastName, e.JobTitle, d == null ? null : d.Name, e.WorkEmail, e.WorkPhone))
            .ToListAsync(cancellationToken);

    private static FileContentHttpResult File(IEnumerable<VCardContact> contacts, string name) =>
        TypedResults.File(Encoding.UTF8.GetBytes(VCardWriter.Write(contacts)), VCardWriter.ContentType, FileName(name));

    /// <summary>A download name safe in any file system: letters, digits, '-' and '_' only.</summary>
    private static string FileName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return (safe.Length == 0 ? "contacts" : safe) + ".vcf";
    }
}
