using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Demo;
using Platform.Modules.Projects.Features.Projects;
using Platform.Modules.Projects.Features.Tasks;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Modules;

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

        module.Permissions
            .Declare("projects.read", "See projects and their tasks.", "Administrator", "Manager", "Employee")
            .Declare("projects.write", "Create, change and delete projects and tasks.", "Administrator", "Manager", "Employee")
            .Declare("projects.manage", "Manage any project regardless of membership.", "Administrator");

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
            .WithSummary("List projects")
            .WithDescription("Filter by status and text (q matches key and name); sort by key, name, status, startDate, targetDate, createdAt or updatedAt (prefix - for descending); paged.");
        projects.MapPost("/", CreateProject.Handle)
            .WithSummary("Create a project")
            .WithDescription("Keys are 2-10 upper-case letters or digits and unique. Publishes projects.project-created.v1. The response carries the ETag.");
        projects.MapGet("/{id:guid}", GetProject.Handle)
            .WithSummary("Get a project")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        projects.MapPut("/{id:guid}", UpdateProject.Handle)
            .WithSummary("Update a project")
            .WithDescription("Replaces the editable fields. Requires If-Match with the current ETag: 428 without it, 412 when it is stale.");
        projects.MapDelete("/{id:guid}", DeleteProject.Handle)
            .WithSummary("Delete a project")
            .WithDescription("Deletes the project and all its tasks. Requires If-Match.");

        projects.MapGet("/{projectId:guid}/tasks", ListTasks.Handle)
            .WithTags("Tasks")
            .WithSummary("List a project's tasks")
            .WithDescription("Filter by status, priority, assignee ('none' for unassigned), dueBefore, dueAfter and text (q); sort by number, title, status, priority, dueDate, createdAt or updatedAt; paged.");
        projects.MapPost("/{projectId:guid}/tasks", CreateTask.Handle)
            .WithTags("Tasks")
            .WithSummary("Create a task")
            .WithDescription("Numbers the task within its project (KEY-n). Publishes projects.task-created.v1.");

        var tasks = endpoints.MapGroup("/tasks").WithTags("Tasks");
        tasks.MapGet("/{id:guid}", GetTask.Handle)
            .WithSummary("Get a task")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        tasks.MapPut("/{id:guid}", UpdateTask.Handle)
            .WithSummary("Update a task")
            .WithDescription("Replaces the editable fields; publishes projects.task-updated.v1 naming the changed fields. Requires If-Match: 428 without it, 412 when stale.");
        tasks.MapDelete("/{id:guid}", DeleteTask.Handle)
            .WithSummary("Delete a task")
            .WithDescription("Requires If-Match.");
    }
}
