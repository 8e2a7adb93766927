using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Demo;
using Platform.Modules.Projects.Features.Members;
using Platform.Modules.Projects.Features.Projects;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects;

/// <summary>The Projects module: projects and their tasks.</summary>
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

        module.Services.RegisterType<ProjectAccess>().InstancePerLifetimeScope();
        module.Permissions
            .Declare(ProjectPermissions.Read, "See the projects one may see (company-wide ones, and private ones one is a member of) and their tasks.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(ProjectPermissions.Write, "Create projects, and change the projects and tasks one may see.",
                BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee)
            .Declare(ProjectPermissions.Manage, "See and manage every project, private ones included, and their members.",
                BuiltInRoles.Administrator);

        module.Events
            .Publishes<ProjectCreated>()
            .Publishes<TaskCreated>()
            .Publishes<TaskUpdated>();
    }

    public override async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!_seedDemoData)
        {
            return;
        }

        await using var scope = services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        await DemoData.SeedAsync(scope.Resolve<ProjectsDbContext>(), scope.Resolve<TimeProvider>(), cancellationToken);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var projects = endpoints.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", ListProjects.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List projects")
            .WithDescription("The projects the caller may see: company-wide ones, private ones they own or belong to, all with projects.manage. Filter by status, visibility and text (q matches key and name); sort by key, name, status, startDate, targetDate, createdAt or updatedAt (prefix - for descending); paged.");
        projects.MapPost("/", CreateProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Create a project")
            .WithDescription("Keys are 2-10 upper-case letters or digits and unique. Visibility is Company (default) or Private (only members, the owner and projects.manage see it). The creating user becomes its owner and a manager. Publishes projects.project-created.v1. The response carries the ETag.");
        projects.MapGet("/{id:guid}", GetProject.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a project")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        projects.MapPut("/{id:guid}", UpdateProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Update a project")
            .WithDescription("Replaces the editable fields (a missing visibility keeps the current one). For the project's managers and projects.manage. Requires If-Match with the current ETag: 428 without it, 412 when it is stale.");
        projects.MapDelete("/{id:guid}", DeleteProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a project")
            .WithDescription("Deletes the project, its tasks and memberships. For the project's managers and projects.manage. Requires If-Match.");

        projects.MapGet("/{projectId:guid}/members", ProjectMembers.List)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Members")
            .WithSummary("List a project's members")
            .WithDescription("Every member with their role (Viewer, Member, Manager); the owner is a manager.");
        projects.MapPut("/{projectId:guid}/members/{userId:guid}", ProjectMembers.Set)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Members")
            .WithSummary("Add a member or change their role")
            .WithDescription("201 when the user was not a member, 200 when their role changed. For the project's managers and projects.manage.");
        projects.MapDelete("/{projectId:guid}/members/{userId:guid}", ProjectMembers.Remove)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Members")
            .WithSummary("Remove a member")
            .WithDescription("The owner cannot be removed. For the project's managers and projects.manage.");

        projects.MapGet("/{projectId:guid}/tasks", ListTasks.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Tasks")
            .WithSummary("List a project's tasks")
            .WithDescription("Filter by status, priority, assignee ('none' for unassigned), dueBefore, dueAfter and text (q); sort by number, title, status, priority, dueDate, createdAt or updatedAt; paged.");
        projects.MapPost("/{projectId:guid}/tasks", CreateTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Tasks")
            .WithSummary("Create a task")
            .WithDescription("Numbers the task within its project (KEY-n). Publishes projects.task-created.v1.");

        var tasks = endpoints.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/{id:guid}", GetTask.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a task")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        tasks.MapPut("/{id:guid}", UpdateTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Update a task")
            .WithDescription("Replaces the editable fields; publishes projects.task-updated.v1 naming the changed fields. Requires If-Match: 428 without it, 412 when stale.");
        tasks.MapDelete("/{id:guid}", DeleteTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a task")
            .WithDescription("Requires If-Match.");
    }
}
