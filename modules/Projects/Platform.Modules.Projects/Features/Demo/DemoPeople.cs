using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>
/// The demo accounts the demo projects are about (the host creates them in Development): the manager runs the
/// projects, the employee works on them. Either may be missing (e.g. other bootstrap users), and then tasks stay
/// unassigned; the manager's department (from HR, when it knows departments) serves as a department queue.
/// </summary>
internal sealed record DemoPeople(UserAccount? Manager, UserAccount? Employee, Guid? Department)
{
    public static async Task<DemoPeople> FindAsync(IUserAccounts accounts, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var manager = await accounts.FindByEmailAsync("manager@demo.local", cancellationToken);
        var employee = await accounts.FindByEmailAsync("employee@demo.local", cancellationToken);
        Guid? department = null;
        if (manager is not null && people.HasDepartments)
        {
            department = (await people.FindPersonAsync(manager.UserId, cancellationToken))?.DepartmentId;
        }

        return new DemoPeople(manager, employee, department);
    }

    public UserAccount? ByRole(string? role) => role switch
    {
        "manager" => Manager,
        "employee" => Employee,
        _ => null,
    };
}
