using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Access;

/// <summary>
/// Who the caller is in HR terms and whose records they may see. Scoping follows the manager chain: a manager's
/// reports are everyone below them (direct reports, their reports, and so on). Everyone sees the work directory;
/// personal fields are for HR (<c>hr.employees.manage</c>) and the employee; attendance and leave are for the
/// employee, their managers up the chain (with the team permission) and holders of the manage permission.
/// One instance per request: the caller's employee record and reports are looked up once.
/// </summary>
internal sealed class HrAccess(ICurrentUser caller, HrDbContext db)
{
    private Employee? _self;
    private bool _selfLoaded;
    private IReadOnlySet<Guid>? _reports;

    public ICurrentUser Caller => caller;

    public bool Has(string permission) => caller.HasPermission(permission);

    /// <summary>The employee record linked to the calling user, or null (API clients, users without a record).</summary>
    public async Task<Employee?> SelfAsync(CancellationToken cancellationToken)
    {
        if (!_selfLoaded)
        {
            _self = caller.UserId is { } userId
                ? await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.UserId == userId, cancellationToken)
                : null;
            _selfLoaded = true;
        }

        return _self;
    }

    /// <summary>Everyone below the caller in the manager chain (empty when the caller has no employee record).</summary>
    public async Task<IReadOnlySet<Guid>> ReportsAsync(CancellationToken cancellationToken)
    {
        if (_reports is null)
        {
            var self = await SelfAsync(cancellationToken);
            _reports = self is null ? new HashSet<Guid>() : await ReportsOfAsync(db, self.Id, cancellationToken);
        }

        return _reports;
    }

    /// <summary>Everyone below <paramref name="managerId"/> in the manager chain, walked level by level.</summary>
    public static async Task<IReadOnlySet<Guid>> ReportsOfAsync(HrDbContext db, Guid managerId, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        List<Guid> frontier = [managerId];
        while (frontier.Count > 0)
        {
            var current = frontier;
            var next = await db.Employees.AsNoTracking()
                .Where(e => e.ManagerId != null && current.Contains(e.ManagerId.Value))
                .Select(e => e.Id)
                .ToListAsync(cancellationToken);
            frontier = next.Where(found.Add).ToList();
        }

        found.Remove(managerId);
        return found;
    }

    /// <summary>Whether the caller may see the personal fields of <paramref name="employee"/>: HR and the employee.</summary>
    public bool CanSeePersonal(Employee employee) =>
        Has(HrPermissions.EmployeesManage) || (caller.UserId is { } userId && employee.UserId == userId);

    /// <summary>
    /// The employees whose records of one kind (attendance, leave) the caller may see: everyone with
    /// <paramref name="managePermission"/>; otherwise themselves (with <paramref name="selfPermission"/>) and their
    /// reports (with <paramref name="teamPermission"/>).
    /// </summary>
    public async Task<EmployeeScope> ScopeAsync(string selfPermission, string teamPermission, string managePermission, CancellationToken cancellationToken)
    {
        if (Has(managePermission))
        {
            return EmployeeScope.Everyone;
        }

        var ids = new HashSet<Guid>();
        if (Has(selfPermission) && await SelfAsync(cancellationToken) is { } self)
        {
            ids.Add(self.Id);
        }

        if (Has(teamPermission))
        {
            ids.UnionWith(await ReportsAsync(cancellationToken));
        }

        return new EmployeeScope(false, ids);
    }
}

/// <summary>A set of employees the caller may see records of: everyone, or the listed ids.</summary>
internal sealed record EmployeeScope(bool All, IReadOnlySet<Guid> Ids)
{
    public static readonly EmployeeScope Everyone = new(true, new HashSet<Guid>());

    public bool Includes(Guid employeeId) => All || Ids.Contains(employeeId);

    /// <summary>The records of <paramref name="records"/> that belong to employees in scope.</summary>
    public IQueryable<T> Records<T>(IQueryable<T> records)
        where T : class, IEmployeeRecord
    {
        if (All)
        {
            return records;
        }

        var ids = Ids.ToList();
        return records.Where(r => ids.Contains(r.EmployeeId));
    }

    /// <summary>The employees in scope, as a query.</summary>
    public IQueryable<Employee> Employees(HrDbContext db)
    {
        if (All)
        {
            return db.Employees;
        }

        var ids = Ids.ToList();
        return db.Employees.Where(e => ids.Contains(e.Id));
    }
}
