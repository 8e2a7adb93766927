using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Access;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>
/// Whose leave the caller may see and decide: their own (hr.leave.request), their reports down the manager chain
/// (hr.leave.approve), everyone's (hr.leave.manage). Nobody decides their own request.
/// </summary>
internal sealed class LeaveAccess(HrAccess access)
{
    private EmployeeScope? _scope;

    public Guid? UserId => access.Caller.UserId;

    public bool CanManage => access.Has(HrPermissions.LeaveManage);

    public async Task<EmployeeScope> ScopeAsync(CancellationToken cancellationToken) =>
        _scope ??= await access.ScopeAsync(HrPermissions.LeaveRequest, HrPermissions.LeaveApprove, HrPermissions.LeaveManage, cancellationToken);

    public async Task<Employee?> SelfAsync(CancellationToken cancellationToken) => await access.SelfAsync(cancellationToken);

    /// <summary>Whether the caller may approve or reject a request of <paramref name="employeeId"/>.</summary>
    public async Task<bool> CanDecideAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        if (await SelfAsync(cancellationToken) is { } self && self.Id == employeeId)
        {
            return false;
        }

        if (CanManage)
        {
            return true;
        }

        return access.Has(HrPermissions.LeaveApprove) && (await access.ReportsAsync(cancellationToken)).Contains(employeeId);
    }
}
