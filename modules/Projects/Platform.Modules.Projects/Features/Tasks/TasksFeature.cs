using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Board;
using Platform.Modules.Projects.Features.MyTasks;
using Platform.Modules.Projects.Features.Queues;
using Platform.Modules.Projects.Features.Statuses;
using Platform.Modules.Projects.Features.Timeline;
using Platform.Modules.Projects.Features.Watchers;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Tasks: task CRUD, statuses, the board, my tasks, department queues, watchers and the timeline read.</summary>
internal static class TasksFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<TaskValidation>().InstancePerLifetimeScope();
        module.Services.RegisterType<TaskPlanSync>().InstancePerLifetimeScope();
        module.Events
            .Publishes<TaskCreated>()
            .Publishes<TaskUpdated>()
            .Publishes<TaskAssigned>()
            .Publishes<TaskStatusChanged>()
            .Publishes<TaskCompleted>()
            .Publishes<TaskDeleted>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        MapTasks(api);
        MapBoard(api);

        api.MapGet("/my/tasks", MyTasks.MyTasks.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Tasks")
            .WithSummary("My tasks across projects")
            .WithDescription("Tasks assigned to the caller in person or to the queue of their department (or a department above it), in every project they can see. category filters by status category (ToDo, InProgress, Done, comma-separated, or all; default ToDo,InProgress); dueBefore, dueAfter and q (title and description) filter further; sort as the project task list (default dueDate); paged.");
        api.MapGet("/departments/{departmentId:guid}/tasks", DepartmentQueue.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Tasks")
            .WithSummary("A department's task queue")
            .WithDescription("Tasks assigned to the department itself (not to its people), in the projects the caller can see and those delegated to the caller's own departments. Filters, sorting and paging as for my tasks. 404 for a department the directory does not know (or without a directory that knows departments).");
    }

    private static void MapTasks(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects/{projectId:guid}").WithTags("Tasks");
        projects.MapGet("/tasks", ListTasks.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a project's tasks")
            .WithDescription("Filter by status (keys, comma-separated; unknown keys are a 400 listing the valid ones), priority, assignee (a person or department id, 'me' for the caller in person or through their department, 'none' for unassigned), label (ignoring case), milestoneId, parentId, dueBefore, dueAfter and q (title and description); sort by number, title, status, priority, startDate, dueDate, progress, boardOrder, createdAt or updatedAt (prefix - for descending); paged.");
        projects.MapPost("/tasks", CreateTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Create a task")
            .WithDescription("Numbers the task within its project (KEY-n); the caller is its reporter. Status defaults to the project's first To-do status; assignees are people or department queues of the directory; startDate + durationDays gives the dueDate in the project's working calendar, startDate + dueDate gives the duration. The reporter and the assigned people watch it. Publishes projects.task-created.v1 (and task-assigned, task-completed when they apply). A status at its WIP limit is a 400.");

        var tasks = api.MapGroup("/tasks/{id:guid}").WithTags("Tasks");
        tasks.MapGet("/", GetTask.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a task")
            .WithDescription("description is the Markdown as written, descriptionHtml its sanitised HTML. The ETag header holds the version to send as If-Match when updating.");
        tasks.MapPut("/", UpdateTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Update a task")
            .WithDescription("Replaces the editable fields: a missing optional field is cleared, a missing status, priority or schedulingMode keeps its value. When startDate, dueDate and durationDays disagree, an unchanged dueDate follows the duration, a changed one recounts it. A Done-category status completes the task (progress 100). Changing dates, duration, mode or parent reschedules the automatic successors in the same save. Publishes task-updated (changed field names), task-assigned, task-status-changed and task-completed as they apply. Requires If-Match: 428 without it, 412 when stale.");
        tasks.MapDelete("/", DeleteTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a task")
            .WithDescription("A task with subtasks is a 409 unless ?cascade=true, which deletes the whole subtree. Its dependencies go with it and the plan is rescheduled. Publishes projects.task-deleted.v1. Requires If-Match.");
        tasks.MapPut("/watchers/me", TaskWatchers.Watch)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Watchers")
            .WithSummary("Watch a task")
            .WithDescription("The caller follows the task's changes (its events carry the watchers). Idempotent; needs no If-Match and leaves the task's ETag unchanged.");
        tasks.MapDelete("/watchers/me", TaskWatchers.Unwatch)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Watchers")
            .WithSummary("Stop watching a task")
            .WithDescription("Idempotent; the reporter and assignees may unwatch too (they are only re-added when assigned again).");
    }

    private static void MapBoard(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects/{projectId:guid}");
        projects.MapGet("/statuses", StatusEndpoints.Get)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Statuses")
            .WithSummary("A project's statuses")
            .WithDescription("The ordered status set (board columns): key, name, category (ToDo, InProgress, Done), WIP limit and how many tasks each holds. The ETag identifies the set's content; send it as If-Match to replace the set.");
        projects.MapPut("/statuses", StatusEndpoints.Replace)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Statuses")
            .WithSummary("Replace a project's statuses")
            .WithDescription("The whole ordered set: key (letters, digits, dashes; unique ignoring case), name, category, wipLimit (empty for none). At least one ToDo and one Done status. Removing a status that still holds tasks is a 400 naming how many, unless moveTo names the status (of the new set) they move to; the moves publish task-status-changed (and task-completed). For the project's managers. Requires If-Match with the set's ETag from GET: 428 without it, 412 when stale.");
        projects.MapGet("/board", GetBoard.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Board")
            .WithSummary("A project's board")
            .WithDescription("Columns in status order with name, category, WIP limit and card count; cards in board order with number, title, priority, assignees, labels, due date, progress and the version to move them with. Optional filters: label, assignee (an id or 'me').");

        api.MapPost("/tasks/{id:guid}/move", MoveTask.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Board")
            .WithSummary("Move a card")
            .WithDescription("Status and position in one call: { status, afterTaskId | beforeTaskId | index } (none: the bottom of the column). Entering a column at its WIP limit is a 400 naming the column and limit. Publishes task-status-changed (and task-completed) when the status changes; a reorder within a column publishes nothing. Requires If-Match with the task's ETag: 428 without it, 412 when stale (also when a concurrent change of the same card won).");
    }
}
