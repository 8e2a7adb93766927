using Microsoft.AspNetCore.Http;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Keeps the plan consistent after a task's dates, duration, mode or parent changed (or a task was deleted): the
/// scheduling area's rescheduler moves the automatic successors and publishes their task-updated events, without saving,
/// so the edit and its rescheduling commit in the caller's single SaveChanges.
/// </summary>
internal static class TaskPlanSync
{
    private const string ReschedulerType = "Platform.Modules.Projects.Features.Scheduling.TaskRescheduler";

    public static async Task RescheduleAsync(HttpContext http, ProjectsDbContext db, Guid projectId, CancellationToken cancellationToken)
    {
        // Bound late: the scheduling area ships the rescheduler; tasks only depend on its documented method.
        var type = typeof(TaskPlanSync).Assembly.GetType(ReschedulerType);
        if (type is null || http.RequestServices.GetService(type) is not { } rescheduler)
        {
            return;
        }

        var method = type.GetMethod("RescheduleAsync", [typeof(ProjectsDbContext), typeof(Guid), typeof(CancellationToken)])!;
        await (Task)method.Invoke(rescheduler, [db, projectId, cancellationToken])!;
    }
}
