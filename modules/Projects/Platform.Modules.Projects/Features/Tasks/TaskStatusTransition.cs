using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>
/// Moving a task to a status: a status of the Done category completes it (completion time set once, progress 100);
/// any other status reopens it (completion time cleared, progress left as it is).
/// </summary>
internal static class TaskStatusTransition
{
    /// <summary>Sets the status and its consequences; true when the status key changed.</summary>
    public static bool Apply(ProjectTask task, TaskStatusDefinition to, DateTimeOffset now)
    {
        var changed = task.Status != to.Key;
        task.Status = to.Key;
        if (to.Category == TaskStatusCategory.Done)
        {
            task.CompletedAt ??= now;
            task.Progress = 100;
        }
        else
        {
            task.CompletedAt = null;
        }

        return changed;
    }
}
