using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Transfer.Csv;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>
/// Adds the tasks of a checked import to the project: numbers after the project's last (through its counter, so a
/// concurrent creation makes one of the two fail with 412 rather than duplicate numbers), parents, assignees, labels,
/// milestones (new ones created), dependencies and their events, all tracked for the caller's single SaveChanges.
/// Missing dates are completed from the calendar: a start and a duration give the finish; a start and a finish give
/// the duration.
/// </summary>
internal static class TaskImportWriter
{
    public static TaskImportResult Apply(
        ProjectsDbContext db, Project project, TaskImportPlan plan, WorkingCalendar calendar, IReadOnlyDictionary<string, double> lastBoardOrder,
        Guid? reporterId, DateTimeOffset now, bool dryRun, IReadOnlyList<string> warnings)
    {
        var milestones = new Dictionary<string, Milestone>(plan.ExistingMilestones, StringComparer.OrdinalIgnoreCase);
        foreach (var planned in plan.NewMilestones.Values)
        {
            var milestone = new Milestone { Id = Guid.CreateVersion7(now), ProjectId = project.Id, Name = planned.Name, Date = planned.Date, CreatedAt = now, UpdatedAt = now };
            milestones[planned.Name] = milestone;
            db.Milestones.Add(milestone);
        }

        var boardOrder = new Dictionary<string, double>(lastBoardOrder, StringComparer.Ordinal);
        var done = plan.Statuses.Where(s => s.Category == TaskStatusCategory.Done).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var tasks = new Dictionary<int, ProjectTask>();
        foreach (var row in plan.Rows)
        {
            var task = NewTask(project, plan, row, calendar, reporterId, now);
            task.MilestoneId = row.Milestone is { } name ? milestones[name.Trim()].Id : null;
            task.CompletedAt = done.Contains(task.Status) ? now : null;
            task.BoardOrder = boardOrder[task.Status] = boardOrder.GetValueOrDefault(task.Status) + 1;
            tasks[row.Row] = task;
        }

        foreach (var row in plan.Rows.Where(r => r.Parent is not null))
        {
            tasks[row.Row].ParentId = tasks[row.Parent!.Value].Id;
        }

        var dependencies = 0;
        foreach (var task in tasks.Values)
        {
            db.Tasks.Add(task);
            db.PublishEvent(new TaskCreated(task.Id, project.Id, project.Key, task.Number, task.Title, task.Status, task.Priority.ToString(), task.StartDate, task.DueDate, []));
            if (task.Assignees.Count > 0)
            {
                var assigned = task.Assignees.Select(a => new TaskAssigneeRef(a.Kind.ToString(), a.PrincipalId)).ToList();
                db.PublishEvent(new TaskAssigned(task.Id, project.Id, project.Key, task.Number, task.Title, assigned, assigned, []));
            }
        }

        foreach (var row in plan.Rows)
        {
            var successor = tasks[row.Row];
            foreach (var link in row.Predecessors)
            {
                var predecessor = tasks[link.Row];
                var dependency = new TaskDependency
                {
                    Id = Guid.CreateVersion7(now), ProjectId = project.Id, PredecessorId = predecessor.Id, SuccessorId = successor.Id,
                    Type = link.Type, LagDays = link.LagDays, CreatedAt = now,
                };
                db.Dependencies.Add(dependency);
                db.PublishEvent(new DependencyAdded(dependency.Id, project.Id, predecessor.Id, $"{project.Key}-{predecessor.Number}", successor.Id,
                    $"{project.Key}-{successor.Number}", link.Type.ToString(), link.LagDays));
                dependencies++;
            }
        }

        project.UpdatedAt = now;
        var byId = tasks.Values.ToDictionary(t => t.Id);
        var names = milestones.Values.ToDictionary(m => m.Id, m => m.Name);
        var summaries = plan.Rows.Select(r => tasks[r.Row]).Select((t, i) => new ImportedTaskDto(
            plan.Rows[i].Row, t.Id, t.Number, t.Title, t.ParentId is { } p ? byId[p].Number : null, t.Status, t.StartDate, t.DueDate, t.DurationDays,
            t.MilestoneId is { } m ? names[m] : null)).ToList();
        return new TaskImportResult(dryRun, tasks.Count, dependencies, plan.NewMilestones.Count, 0, summaries, warnings);
    }

    private static ProjectTask NewTask(Project project, TaskImportPlan plan, TaskFileRow row, WorkingCalendar calendar, Guid? reporterId, DateTimeOffset now)
    {
        var (start, due, duration) = (row.Start, row.Due, row.DurationDays);
        if (start is { } s && due is null && duration is { } d)
        {
            due = calendar.FinishFor(s, d);
        }
        // A summary's dates are its subtasks' span (rolled up by the scheduler), not a length of its own: deriving one
        // would make an exported plan import back different.
        else if (start is { } from && due is { } to && duration is null && !plan.Rows.Any(r => r.Parent == row.Row))
        {
            duration = calendar.WorkingDaysBetween(from, to);
        }

        project.LastTaskNumber++;
        var id = Guid.CreateVersion7(now);
        return new ProjectTask
        {
            Id = id,
            ProjectId = project.Id,
            Number = project.LastTaskNumber,
            Title = row.Title.Trim(),
            Description = row.Description,
            Status = plan.StatusOf(row),
            Priority = row.Priority ?? TaskPriority.Normal,
            ReporterId = reporterId,
            StartDate = start,
            DueDate = due,
            DurationDays = duration,
            SchedulingMode = row.Mode ?? SchedulingMode.Automatic,
            EstimateHours = row.EstimateHours,
            RemainingHours = row.RemainingHours,
            Progress = row.Progress ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
            Assignees = [.. plan.AssigneesOf(row).Select(a => new TaskAssignee { TaskId = id, Kind = a.Kind, PrincipalId = a.PrincipalId })],
            Labels = [.. row.Labels.Select(l => new TaskLabel { TaskId = id, Label = l })],
        };
    }
}
