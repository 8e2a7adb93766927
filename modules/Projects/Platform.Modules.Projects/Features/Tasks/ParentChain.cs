namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>Subtasks nest to any depth, but a task can never end up below itself.</summary>
internal static class ParentChain
{
    /// <summary>
    /// Whether making <paramref name="newParentId"/> the parent of <paramref name="taskId"/> would close a loop, walking up from the
    /// new parent through <paramref name="parentOf"/> (the current parents of the project's tasks). Returns the loop (task, …, task)
    /// so the error can name it, or null.
    /// </summary>
    public static IReadOnlyList<Guid>? CycleThrough(Guid taskId, Guid newParentId, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        var path = new List<Guid> { taskId };
        var seen = new HashSet<Guid> { taskId };
        Guid? current = newParentId;
        while (current is { } id)
        {
            path.Add(id);
            if (id == taskId)
            {
                return path;
            }

            // A loop above the task that does not involve it cannot be made by this change; stop instead of spinning.
            if (!seen.Add(id))
            {
                return null;
            }

            current = parentOf.TryGetValue(id, out var parent) ? parent : null;
        }

        return null;
    }
}
