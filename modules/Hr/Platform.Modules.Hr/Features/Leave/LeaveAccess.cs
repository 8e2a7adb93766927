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

    /// <summary>The caller's reports whose leave they decide: everyone below them, with hr.leave.approve; nobody without it.</summary>
    public async Task<IReadOnlySet<Guid>> ReportsAsync(CancellationToken cancellationToken) =>
        access.Has(HrPermissions.LeaveApprove) ? await access.ReportsAsync(cancellationToken) : new HashSet<Guid>();

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

        return (await ReportsAsync(cancellationToken)).Contains(employeeId);
    }
}
