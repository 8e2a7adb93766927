using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>Writes one demo project from its plan: statuses, members, tasks in outline, links and milestones.</summary>
internal sealed class DemoProjectSeed(ProjectsDbContext db, TimeProvider time, DemoPeople people)
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required ProjectVisibility Visibility { get; init; }

    public required DateOnly Start { get; init; }

    public required int Weeks { get; init; }

    public Guid? HolidayCalendarId { get; init; }

    public Project Project { get; private set; } = null!;

    public List<ProjectTask> Tasks { get; } = [];

    public Project Seed(DemoTask[] plan, DemoMilestone[] milestones, bool withReviewColumn)
    {
        var now = time.GetUtcNow();
        var calendar = WorkingCalendar.Standard;
        Project = new Project
        {
            Id = Guid.CreateVersion7(now), Key = Key, Name = Name, Description = Description, Status = ProjectStatus.Active,
            Visibility = Visibility, OwnerId = people.Manager?.UserId, StartDate = Start, TargetDate = Start.AddDays(7 * Weeks),
            HolidayCalendarId = HolidayCalendarId, LastTaskNumber = plan.Length, CreatedAt = now, UpdatedAt = now,
        };
        db.Projects.Add(Project);
        db.Statuses.AddRange(Statuses(withReviewColumn));
        AddMember(people.Manager?.UserId, ProjectRole.Manager, now);
        AddMember(people.Employee?.UserId, ProjectRole.Member, now);
        db.PublishEvent(new ProjectCreated(Project.Id, Key, Name, Project.Status.ToString(), Project.StartDate, Project.TargetDate));

        for (var row = 1; row <= plan.Length; row++)
        {
            Tasks.Add(NewTask(row, plan, calendar, now));
        }

        db.Tasks.AddRange(Tasks);
        foreach (var (spec, successor) in plan.Zip(Tasks))
        {
            foreach (var (row, type, lag) in spec.Predecessors ?? [])
            {
                db.Dependencies.Add(new TaskDependency
                {
                    Id = Guid.CreateVersion7(now), ProjectId = Project.Id, PredecessorId = Tasks[row - 1].Id, SuccessorId = successor.Id,
                    Type = type, LagDays = lag, CreatedAt = now,
                });
            }
        }

        foreach (var milestone in milestones)
        {
            var entity = new Milestone
            {
                Id = Guid.CreateVersion7(now), ProjectId = Project.Id, Name = milestone.Name,
                Date = calendar.AddWorkingDays(Start, milestone.WeeksFromStart * 5), CreatedAt = now, UpdatedAt = now,
            };
            db.Milestones.Add(entity);
            foreach (var row in milestone.Tasks)
            {
                Tasks[row - 1].MilestoneId = entity.Id;
            }
        }

        foreach (var task in Tasks)
        {
            db.PublishEvent(new TaskCreated(task.Id, Project.Id, Key, task.Number, task.Title, task.Status, task.Priority.ToString(), task.StartDate, task.DueDate,
                [.. task.Watchers.Select(w => w.UserId)]));
        }

        return Project;
    }

    private ProjectTask NewTask(int row, DemoTask[] plan, WorkingCalendar calendar, DateTimeOffset now)
    {
        var spec = plan[row - 1];
        var children = plan.Where(t => t.Parent == row).ToList();
        var isSummary = children.Count > 0;
        var status = isSummary ? SummaryStatus(children) : spec.Status;
        var progress = isSummary ? (int)children.Average(c => c.Progress) : spec.Progress;
        var task = new ProjectTask
        {
            Id = Guid.CreateVersion7(now), ProjectId = Project.Id, Number = row, Title = spec.Title, Status = status,
            Priority = spec.Labels?.Contains("launch") == true ? TaskPriority.High : TaskPriority.Normal,
            ReporterId = people.Manager?.UserId, StartDate = Start, DurationDays = isSummary ? null : spec.Days,
            DueDate = calendar.FinishFor(Start, isSummary ? 1 : spec.Days), EstimateHours = spec.EstimateHours,
            RemainingHours = spec.EstimateHours * (100 - progress) / 100, Progress = progress,
            ParentId = spec.Parent is { } parent ? Tasks[parent - 1].Id : null, BoardOrder = row,
            CompletedAt = status == TaskStatusDefinition.DefaultDone ? now : null, CreatedAt = now, UpdatedAt = now,
        };
        task.Labels.AddRange((spec.Labels ?? []).Select(l => new TaskLabel { TaskId = task.Id, Label = l }));
        if (spec.Assignee == "queue" && people.Department is { } department)
        {
            task.Assignees.Add(new TaskAssignee { TaskId = task.Id, Kind = AssigneeKind.Department, PrincipalId = department });
        }
        else if (people.ByRole(spec.Assignee) is { } person)
        {
            task.Assignees.Add(new TaskAssignee { TaskId = task.Id, Kind = AssigneeKind.Person, PrincipalId = person.UserId });
        }

        // The reporter and the people assigned watch the task, as when it is created through the API.
        foreach (var watcher in new[] { people.Manager?.UserId }.Concat(task.Assignees.Where(a => a.Kind == AssigneeKind.Person).Select(a => (Guid?)a.PrincipalId)).OfType<Guid>().Distinct())
        {
            task.Watchers.Add(new TaskWatcher { TaskId = task.Id, UserId = watcher });
        }

        return task;
    }

    private static string SummaryStatus(List<DemoTask> children) =>
        children.All(c => c.Status == TaskStatusDefinition.DefaultDone) ? TaskStatusDefinition.DefaultDone
        : children.All(c => c.Status == TaskStatusDefinition.DefaultToDo) ? TaskStatusDefinition.DefaultToDo
        : TaskStatusDefinition.DefaultInProgress;

    private IEnumerable<TaskStatusDefinition> Statuses(bool withReviewColumn)
    {
        var statuses = TaskStatusDefinition.Defaults(Project.Id).ToList();
        if (withReviewColumn)
        {
            statuses[1].WipLimit = 4;
            statuses.Insert(2, new TaskStatusDefinition
            {
                ProjectId = Project.Id, Key = "Review", Name = "In review", Category = TaskStatusCategory.InProgress, WipLimit = 3,
            });
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            statuses[i].Position = i;
        }

        return statuses;
    }

    private void AddMember(Guid? userId, ProjectRole role, DateTimeOffset now)
    {
        if (userId is { } id)
        {
            db.Members.Add(new ProjectMember { ProjectId = Project.Id, UserId = id, Role = role, AddedAt = now });
        }
    }
}
