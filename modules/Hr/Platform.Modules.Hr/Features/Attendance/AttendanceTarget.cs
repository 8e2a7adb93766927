using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance;

/// <summary>
/// The employee an attendance request is about: the one named, when the caller may see their attendance (themselves,
/// their reports with hr.attendance.team, anyone with hr.attendance.manage; others are 404 as if they did not exist),
/// or the caller themselves when none is named.
/// </summary>
internal sealed record AttendanceTarget(Employee? Employee, ProblemHttpResult? Problem)
{
    public static async Task<AttendanceTarget> ResolveAsync(Guid? employeeId, HrDbContext db, HrAccess access, CancellationToken cancellationToken)
    {
        if (employeeId is not { } id)
        {
            return await access.SelfAsync(cancellationToken) is { } self
                ? new AttendanceTarget(self, null)
                : new AttendanceTarget(null, AttendanceProblems.NoEmployeeRecord());
        }

        var scope = await ScopeAsync(access, cancellationToken);
        var employee = scope.Includes(id) ? await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;
        return employee is null ? new AttendanceTarget(null, ApiProblems.NotFound("Employee", id)) : new AttendanceTarget(employee, null);
    }

    /// <summary>Whose attendance the caller sees.</summary>
    public static Task<EmployeeScope> ScopeAsync(HrAccess access, CancellationToken cancellationToken) =>
        access.ScopeAsync(HrPermissions.AttendanceSelf, HrPermissions.AttendanceTeam, HrPermissions.AttendanceManage, cancellationToken);

    /// <summary>
    /// Whether the caller decides for <paramref name="employeeId"/>: HR (hr.attendance.manage) for anyone else, a
    /// manager (hr.attendance.team) for people below them in the chain; nobody for themselves.
    /// </summary>
    public static async Task<bool> CanDecideForAsync(Guid employeeId, HrAccess access, CancellationToken cancellationToken)
    {
        if ((await access.SelfAsync(cancellationToken))?.Id == employeeId)
        {
            return false;
        }

        return access.Has(HrPermissions.AttendanceManage) ||
               (access.Has(HrPermissions.AttendanceTeam) && (await access.ReportsAsync(cancellationToken)).Contains(employeeId));
    }
}
