using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Attachments;
using Platform.Modules.Projects.Features.Comments;
using Platform.Modules.Projects.Features.Demo;
using Platform.Modules.Projects.Features.Feeds;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Features.Projects;
using Platform.Modules.Projects.Features.Reports;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Features.Timeline;
using Platform.Modules.Projects.Features.TimeTracking;
using Platform.Modules.Projects.Features.Transfer;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects;

/// <summary>
/// The Projects module: projects and their tasks, dependencies and scheduling, milestones, boards, the Gantt view,
/// comments, time tracking, reports, import and export. Each area (a folder under Features) registers its own services,
/// events and endpoints; this class only wires them together.
/// </summary>
public sealed class ProjectsModule : PlatformModule
{
    private bool _seedDemoData;

    public override void Configure(ModuleBuilder module)
    {
        _seedDemoData = module.Info.Configuration.GetValue<bool>("SeedDemoData");
        module.AddDatabase<ProjectsDbContext>(db => db
            .Sqlite<ProjectsSqliteDbContext>()
            .Postgres<ProjectsPostgresDbContext>()
            .SqlServer<ProjectsSqlServerDbContext>());

        module.Permissions
            .Declare(ProjectPermissions.Read, "See the projects one may see (company-wide ones, those of one's department, private ones one is a member of) and their tasks.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(ProjectPermissions.Write, "Create projects, and change the projects and tasks one may see; comment and log time.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(ProjectPermissions.Manage, "See and manage every project, private ones included, and their members.",
                BuiltInRoles.Administrator);

        ProjectsFeature.Configure(module);
        TasksFeature.Configure(module);
        SchedulingFeature.Configure(module);
        MilestonesFeature.Configure(module);
        GanttFeature.Configure(module);
        CommentsFeature.Configure(module);
        AttachmentsFeature.Configure(module);
        TimeTrackingFeature.Configure(module);
        ReportsFeature.Configure(module);
        TransferFeature.Configure(module);
        FeedsFeature.Configure(module);
        TimelineFeature.Configure(module);
    }

    public override async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (_seedDemoData)
        {
            await using var scope = services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
            await DemoData.SeedAsync(scope, cancellationToken);
        }

        await MilestonesFeature.StartAsync(services, cancellationToken);
    }

    public override Task StopAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        MilestonesFeature.StopAsync(cancellationToken);

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Every endpoint of the module first learns the caller's departments (department projects, department queues).
        var api = endpoints.MapGroup("").AddEndpointFilter(ProjectAccessFilter.LoadAccessAsync);
        ProjectsFeature.Map(api);
        TasksFeature.Map(api);
        SchedulingFeature.Map(api);
        MilestonesFeature.Map(api);
        GanttFeature.Map(api);
        CommentsFeature.Map(api);
        AttachmentsFeature.Map(api);
        TimeTrackingFeature.Map(api);
        ReportsFeature.Map(api);
        TransferFeature.Map(api);
        FeedsFeature.Map(api);
    }
}
