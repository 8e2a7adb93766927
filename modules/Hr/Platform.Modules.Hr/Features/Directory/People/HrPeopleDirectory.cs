using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Hierarchy;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.People;
using SdkDepartment = Platform.Sdk.People.Department;

namespace Platform.Modules.Hr.Features.Directory.People;

/// <summary>
/// The platform's people directory over HR's records, for every module. A person is an employee linked to a user
/// account; their manager and team follow the manager chain, a department's members include its sub-departments on
/// request. Users without an employee record (administrators, service accounts) are still found, from their account,
/// without department or manager, so that modules keep working for them. One instance serves all callers: each call
/// works in its own scope with its own database context.
/// </summary>
internal sealed class HrPeopleDirectory(ILifetimeScope root) : IPeopleDirectory
{
    public bool HasDepartments => true;

    public async Task<Person?> FindPersonAsync(Guid userId, CancellationToken cancellationToken) =>
        (await FindPeopleAsync([userId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        var ids = userIds.Distinct().ToList();
        var people = await PeopleAsync(db, db.Employees.Where(e => e.UserId != null && ids.Contains(e.UserId.Value)), cancellationToken);
        var missing = ids.Except(people.Select(p => p.UserId)).ToList();
        if (missing.Count > 0 && scope.ResolveOptional<IUserAccounts>() is { } accounts)
        {
            foreach (var id in missing)
            {
                if (await accounts.FindByIdAsync(id, cancellationToken) is { } account)
                {
                    people.Add(new Person(account.UserId, account.DisplayName, account.Email, null, null, account.IsActive));
                }
            }
        }

        return people;
    }

    public async Task<Person?> FindManagerAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        var managers = from e in db.Employees
                       join m in db.Employees on e.ManagerId equals m.Id
                       where e.UserId == userId && m.UserId != null
                       select m;
        return (await PeopleAsync(db, managers, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Person>> GetTeamMembersAsync(Guid managerUserId, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        var team = from e in db.Employees
                   join m in db.Employees on e.ManagerId equals m.Id
                   where m.UserId == managerUserId && e.UserId != null && e.Status != EmployeeStatus.Left
                   select e;
        return await PeopleAsync(db, team, cancellationToken);
    }

    public async Task<SdkDepartment?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        return await (from d in db.Departments.AsNoTracking()
                      join h in db.Employees on d.HeadId equals h.Id into heads
                      from h in heads.DefaultIfEmpty()
                      where d.Id == departmentId
                      select new SdkDepartment(d.Id, d.Name, d.ParentId, h == null ? null : h.UserId))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Person>> GetDepartmentMembersAsync(Guid departmentId, bool includeSubDepartments, CancellationToken cancellationToken)
    {
        await using var scope = root.BeginLifetimeScope();
        var db = scope.Resolve<HrDbContext>();
        var departments = includeSubDepartments
            ? (await DepartmentTree.LoadAsync(db, cancellationToken)).SelfAndDescendants(departmentId).ToList()
            : [departmentId];
        var members = db.Employees.Where(e =>
            e.UserId != null && e.Status != EmployeeStatus.Left && e.DepartmentId != null && departments.Contains(e.DepartmentId.Value));
        return await PeopleAsync(db, members, cancellationToken);
    }

    /// <summary>The linked employees of <paramref name="employees"/> as people, each with their manager's user id.</summary>
    private static async Task<List<Person>> PeopleAsync(HrDbContext db, IQueryable<Employee> employees, CancellationToken cancellationToken) =>
        await (from e in employees.AsNoTracking()
               join m in db.Employees on e.ManagerId equals m.Id into managers
               from m in managers.DefaultIfEmpty()
               where e.UserId != null
               orderby e.LastName, e.FirstName, e.Id
               select new Person(e.UserId!.Value, e.FirstName + " " + e.LastName, e.WorkEmail, e.DepartmentId, m == null ? null : m.UserId, e.Status != EmployeeStatus.Left))
            .ToListAsync(cancellationToken);
}
