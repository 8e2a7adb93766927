using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Leave.TeamCalendar;

/// <summary>
/// One absence in the team calendar. The leave type is left out (null) for colleagues whose leave the caller may not
/// see in full: an employee sees that their teammates are away, not why.
/// </summary>
public sealed record TeamCalendarEntry(
    Guid RequestId, Guid EmployeeId, string EmployeeName, Guid? DepartmentId, DateOnly StartDate, DateOnly EndDate, DayPart StartPart, DayPart EndPart, decimal Days,
    LeaveRequestStatus Status, Guid? LeaveTypeId, string? LeaveTypeCode, string? LeaveTypeName);

/// <summary>
/// Who is away when, for a date range: the leave of everyone the caller may see in full (themselves, their reports
/// down the chain with hr.leave.approve, everyone with hr.leave.manage) and, without the leave type and only once
/// approved, the leave of their teammates (the employees sharing their manager, and the manager).
/// </summary>
internal static class GetTeamCalendar
{
    public const int MaxDays = 366;

    public static async Task<Results<Ok<List<TeamCalendarEntry>>, ValidationProblem>> Handle(
        DateOnly? from, DateOnly? to, Guid? departmentId, Guid? managerId, bool? includePending, HrDbContext db, LeaveAccess access, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(from is not null, "from", "from is required.");
        errors.Require(to is not null, "to", "to is required.");
        errors.Require(from is null || to is null || (to >= from && to.Value.DayNumber - from.Value.DayNumber < MaxDays), "to", $"to must be on or after from, at most {MaxDays} days in all.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = await access.ScopeAsync(cancellationToken);
        var teammates = scope.All ? new HashSet<Guid>() : await TeammatesAsync(db, access, cancellationToken);
        var query = db.LeaveRequests.AsNoTracking().Where(r => r.StartDate <= to && r.EndDate >= from);
        query = includePending == true
            ? query.Where(r => r.Status == LeaveRequestStatus.Approved || r.Status == LeaveRequestStatus.Pending)
            : query.Where(r => r.Status == LeaveRequestStatus.Approved);
        if (!scope.All)
        {
            var visible = scope.Ids.Concat(teammates).Distinct().ToList();
            query = query.Where(r => visible.Contains(r.EmployeeId));
        }

        var employees = db.Employees.AsNoTracking();
        if (departmentId is { } department)
        {
            var departments = await DepartmentTreeAsync(db, department, cancellationToken);
            employees = employees.Where(e => e.DepartmentId != null && departments.Contains(e.DepartmentId.Value));
        }

        if (managerId is { } manager)
        {
            var reports = (await HrAccess.ReportsOfAsync(db, manager, cancellationToken)).ToList();
            employees = employees.Where(e => reports.Contains(e.Id));
        }

        var rows = await query
            .Join(employees, r => r.EmployeeId, e => e.Id, (r, e) => new { Request = r, e.FirstName, e.LastName, e.DepartmentId })
            .Join(db.LeaveTypes, x => x.Request.LeaveTypeId, t => t.Id, (x, t) => new { x.Request, x.FirstName, x.LastName, x.DepartmentId, Type = t })
            .OrderBy(x => x.Request.StartDate).ThenBy(x => x.LastName).ThenBy(x => x.Request.Id)
            .ToListAsync(cancellationToken);
        var entries = rows
            .Where(x => scope.Includes(x.Request.EmployeeId) || x.Request.Status == LeaveRequestStatus.Approved)
            .Select(x =>
            {
                var full = scope.Includes(x.Request.EmployeeId);
                var r = x.Request;
                return new TeamCalendarEntry(
                    r.Id, r.EmployeeId, $"{x.FirstName} {x.LastName}".Trim(), x.DepartmentId, r.StartDate, r.EndDate, r.StartPart, r.EndPart, r.Days, r.Status,
                    full ? x.Type.Id : null, full ? x.Type.Code : null, full ? x.Type.Name : null);
            })
            .ToList();
        return TypedResults.Ok(entries);
    }

    /// <summary>The employees sharing the caller's manager, and that manager.</summary>
    private static async Task<HashSet<Guid>> TeammatesAsync(HrDbContext db, LeaveAccess access, CancellationToken cancellationToken)
    {
        if (await access.SelfAsync(cancellationToken) is not { ManagerId: { } managerId } self)
        {
            return [];
        }

        var team = await db.Employees.AsNoTracking().Where(e => e.ManagerId == managerId && e.Id != self.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        return [.. team, managerId];
    }

    /// <summary>The department and every department below it.</summary>
    private static async Task<List<Guid>> DepartmentTreeAsync(HrDbContext db, Guid departmentId, CancellationToken cancellationToken)
    {
        var all = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(cancellationToken);
        var children = all.Where(d => d.ParentId != null).ToLookup(d => d.ParentId!.Value, d => d.Id);
        var found = new List<Guid> { departmentId };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(children[found[i]].Where(id => !found.Contains(id)));
        }

        return found;
    }
}
