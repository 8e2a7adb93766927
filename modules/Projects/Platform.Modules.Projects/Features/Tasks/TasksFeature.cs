using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Tasks: task CRUD, statuses, the board, my tasks, department queues, watchers.</summary>
internal static class TasksFeature
{
    public static void Configure(ModuleBuilder module) => module.Events
        .Publishes<TaskCreated>()
        .Publishes<TaskUpdated>();

    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Tasks");
        projects.MapGet("/{projectId:guid}/tasks", ListTasks.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a project's tasks")
            .WithDescription("Filter by status, priority, assignee ('none' for unassigned), dueBefore, dueAfter and text (q); sort by number, title, status, priority, dueDate, createdAt or updatedAt; paged.");
        projects.MapPost("/{projectId:guid}/tasks", CreateTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Create a task")
            .WithDescription("Numbers the task within its project (KEY-n). Publishes projects.task-created.v1.");

        var tasks = api.MapGroup("/tasks").WithTags("Tasks");
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
