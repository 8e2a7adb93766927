using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Dependencies;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>Scheduling: dependencies, automatic (re)scheduling, backward planning and the critical path.</summary>
internal static class SchedulingFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<TaskRescheduler>().InstancePerLifetimeScope();
        module.Events
            .Publishes<DependencyAdded>()
            .Publishes<DependencyRemoved>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects/{projectId:guid}");
        projects.MapGet("/dependencies", ListDependencies.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Dependencies")
            .WithSummary("List a project's dependencies")
            .WithDescription("Every link between two of the project's tasks with both task keys, its type (FinishToStart, StartToStart, FinishToFinish, StartToFinish) and lag in working days (negative for lead time), in the order they were added; taskId keeps those into or out of one task; paged.");
        projects.MapPost("/dependencies", CreateDependency.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Dependencies")
            .WithSummary("Add a dependency")
            .WithDescription("Links two tasks of the project: the successor's dates follow the predecessor's by the type (FinishToStart by default) and lag (working days, may be negative). 400 for a task of another project, a self-link, a summary linked with its own subtasks, or a link that would close a cycle (the detail names it: WEB-3 → WEB-5 → WEB-3); 409 when the two tasks are already linked. The successor and everything after it are rescheduled in the same commit. Publishes projects.dependency-added.v1 (and projects.task-updated.v1 for each task moved). The response carries the ETag.");
        projects.MapPost("/schedule", ScheduleProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Scheduling")
            .WithSummary("Reschedule a project's automatic tasks")
            .WithDescription("Forward (default): every automatic task starts on the earliest working day its predecessors allow, never before the project's start; a task nothing constrains keeps its start. Backward: every automatic task finishes on the latest working day its successors allow, never after the project's target date (400 when it has none). Manual tasks keep their dates; summaries span their subtasks; tasks without dates or links are left alone. Returns each moved task with its old and new dates; publishes projects.task-updated.v1 for each.");
        projects.MapGet("/critical-path", GetCriticalPath.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Scheduling")
            .WithSummary("Get a project's critical path")
            .WithDescription("Classic CPM over the project's schedule: each planned task's early and late start and finish (inclusive working days), total float in working days (negative when a manual task leaves its predecessors too little time) and critical flag (float <= 0), the critical chain ordered by early start (summaries left out) and the project's first and last working day.");

        var dependencies = api.MapGroup("/dependencies").WithTags("Dependencies");
        dependencies.MapPut("/{id:guid}", UpdateDependency.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Change a dependency's type or lag")
            .WithDescription("Replaces the type and lag (both required; the tasks cannot change: remove the link and add another). Reschedules the successor and what follows it in the same commit. Requires If-Match with the current ETag: 428 without it, 412 when stale.");
        dependencies.MapDelete("/{id:guid}", DeleteDependency.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Remove a dependency")
            .WithDescription("Removes the link and reschedules its successor (which may now start earlier) in the same commit. Publishes projects.dependency-removed.v1. Requires If-Match.");
    }
}
