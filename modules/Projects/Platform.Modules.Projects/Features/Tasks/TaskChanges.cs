using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Tasks;

/// <summary>What an edit changed: the names of the changed fields (as the API spells them) and the assignees it added.</summary>
internal sealed record TaskChangeSet(IReadOnlyList<string> ChangedFields, IReadOnlyList<AssigneeDto> AddedAssignees, string? PreviousStatus)
{
    public bool StatusChanged => PreviousStatus is not null;

    /// <summary>Fields whose change moves the task in the plan, so its successors (and it) are rescheduled.</summary>
    public bool AffectsSchedule => ChangedFields.Any(f => f is "startDate" or "dueDate" or "durationDays" or "schedulingMode" or "parentId");
}

/// <summary>Applies a validated request to a task, field by field, remembering what changed.</summary>
internal static class TaskChanges
{
    public static TaskChangeSet Apply(ValidTask input, ProjectTask task, DateTimeOffset now)
    {
        var changed = new List<string>();
        void Set<T>(string name, T current, T next, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                assign(next);
                changed.Add(name);
            }
        }

        var previousStatus = task.Status;
        Set("title", task.Title, input.Title, v => task.Title = v);
        Set("description", task.Description, input.Description, v => task.Description = v);
        Set("priority", task.Priority, input.Priority, v => task.Priority = v);
        Set("startDate", task.StartDate, input.Dates.Start, v => task.StartDate = v);
        Set("dueDate", task.DueDate, input.Dates.Due, v => task.DueDate = v);
        Set("durationDays", task.DurationDays, input.Dates.Duration, v => task.DurationDays = v);
        Set("schedulingMode", task.SchedulingMode, input.SchedulingMode, v => task.SchedulingMode = v);
        Set("estimateHours", task.EstimateHours, input.EstimateHours, v => task.EstimateHours = v);
        Set("remainingHours", task.RemainingHours, input.RemainingHours, v => task.RemainingHours = v);
        Set("parentId", task.ParentId, input.ParentId, v => task.ParentId = v);
        Set("milestoneId", task.MilestoneId, input.MilestoneId, v => task.MilestoneId = v);
        var progressBefore = task.Progress;
        task.Progress = input.Progress;
        var statusChanged = TaskStatusTransition.Apply(task, input.Status, now);
        if (statusChanged)
        {
            changed.Add("status");
        }

        if (task.Progress != progressBefore)
        {
            changed.Add("progress");
        }

        var added = SyncAssignees(task, input.Assignees);
        if (added.Count > 0 || task.Assignees.Count != input.Assignees.Count)
        {
            changed.Add("assignees");
        }

        if (SyncLabels(task, input.Labels))
        {
            changed.Add("labels");
        }

        WatchAutomatically(task);
        return new TaskChangeSet(changed, added, statusChanged ? previousStatus : null);
    }

    /// <summary>The reporter and every assigned person watch the task; nobody is removed here (unwatching is their choice).</summary>
    public static void WatchAutomatically(ProjectTask task)
    {
        var watchers = task.Watchers.Select(w => w.UserId).ToHashSet();
        var people = task.Assignees.Where(a => a.Kind == AssigneeKind.Person).Select(a => a.PrincipalId);
        foreach (var userId in people.Prepend(task.ReporterId ?? Guid.Empty).Where(id => id != Guid.Empty))
        {
            if (watchers.Add(userId))
            {
                task.Watchers.Add(new TaskWatcher { TaskId = task.Id, UserId = userId });
            }
        }
    }

    private static List<AssigneeDto> SyncAssignees(ProjectTask task, IReadOnlyList<AssigneeDto> wanted)
    {
        task.Assignees.RemoveAll(a => !wanted.Contains(new AssigneeDto(a.Kind, a.PrincipalId)));
        var added = wanted.Where(w => !task.Assignees.Any(a => a.Kind == w.Kind && a.PrincipalId == w.Id)).ToList();
        task.Assignees.AddRange(added.Select(a => new TaskAssignee { TaskId = task.Id, Kind = a.Kind, PrincipalId = a.Id }));
        return added;
    }

    private static bool SyncLabels(ProjectTask task, IReadOnlyList<string> wanted)
    {
        // Exact spelling counts: re-sending "ui" for "UI" renames the label.
        var removed = task.Labels.RemoveAll(l => !wanted.Contains(l.Label, StringComparer.Ordinal));
        var added = wanted.Where(w => !task.Labels.Any(l => l.Label == w)).ToList();
        task.Labels.AddRange(added.Select(l => new TaskLabel { TaskId = task.Id, Label = l }));
        return removed > 0 || added.Count > 0;
    }
}
