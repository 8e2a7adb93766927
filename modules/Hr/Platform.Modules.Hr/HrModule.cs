using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Hr.Features.Access;
using Platform.Modules.Hr.Features.Attendance;
using Platform.Modules.Hr.Features.Demo;
using Platform.Modules.Hr.Features.Directory;
using Platform.Modules.Hr.Features.Leave;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr;

/// <summary>
/// The HR module: the employee directory with departments, locations and the org chart; attendance; leave and
/// holiday calendars. Each area (Features/Directory, Features/Attendance, Features/Leave) registers its own services,
/// events and endpoints; this class only wires them together.
/// </summary>
public sealed class HrModule : PlatformModule
{
    private bool _seedDemoData;

    public override void Configure(ModuleBuilder module)
    {
        _seedDemoData = module.Info.Configuration.GetValue<bool>("SeedDemoData");
        module.AddDatabase<HrDbContext>(db => db
            .Sqlite<HrSqliteDbContext>()
            .Postgres<HrPostgresDbContext>()
            .SqlServer<HrSqlServerDbContext>());
        module.Services.RegisterType<HrAccess>().InstancePerLifetimeScope();

        string[] everyone = [BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee];
        string[] managers = [BuiltInRoles.Administrator, BuiltInRoles.Manager];
        module.Permissions
            .Declare(HrPermissions.DirectoryRead, "See the work directory: colleagues' work details, departments, locations and the org chart.", everyone)
            .Declare(HrPermissions.EmployeesManage, "Keep employee records (personal fields included), departments and locations; import, export and erase employee data.", BuiltInRoles.Administrator)
            .Declare(HrPermissions.AttendanceSelf, "Clock in and out, see one's own attendance, ask for corrections and submit one's timesheet.", everyone)
            .Declare(HrPermissions.AttendanceTeam, "See the attendance of one's reports and approve their corrections and timesheets.", managers)
            .Declare(HrPermissions.AttendanceManage, "See and correct everyone's attendance; keep work schedules and kiosk PINs.", BuiltInRoles.Administrator)
            .Declare(HrPermissions.LeaveRequest, "Request and cancel one's own leave and see one's balances.", everyone)
            .Declare(HrPermissions.LeaveApprove, "Approve or reject the leave of one's reports and see their balances and calendar.", managers)
            .Declare(HrPermissions.LeaveManage, "Keep leave types, balances and holiday calendars; see and decide everyone's leave.", BuiltInRoles.Administrator);

        DirectoryFeature.Configure(module);
        AttendanceFeature.Configure(module);
        LeaveFeature.Configure(module);
    }

    public override async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var root = services.GetRequiredService<ILifetimeScope>();
        if (_seedDemoData)
        {
            await using var scope = root.BeginLifetimeScope();
            await HrDemoData.SeedAsync(scope, cancellationToken);
        }

        await DirectoryFeature.StartAsync(root, cancellationToken);
        await AttendanceFeature.StartAsync(root, cancellationToken);
        await LeaveFeature.StartAsync(root, cancellationToken);
    }

    public override async Task StopAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await LeaveFeature.StopAsync(cancellationToken);
        await AttendanceFeature.StopAsync(cancellationToken);
        await DirectoryFeature.StopAsync(cancellationToken);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        DirectoryFeature.Map(endpoints);
        AttendanceFeature.Map(endpoints);
        LeaveFeature.Map(endpoints);
    }
}
