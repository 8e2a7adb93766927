using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>
/// A sample project for a first look around, created when <c>Modules:projects:SeedDemoData</c> is true (the
/// host's Development settings) and the module has no projects yet. It goes through the normal write path, so
/// its events and audit entries appear as for any other project.
/// </summary>
internal static class DemoData
{
    public static async Task SeedAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Resolve<ProjectsDbContext>();
        var time = scope.Resolve<TimeProvider>();
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var project = new Project
        {
            Id = Guid.CreateVersion7(now),
            Key = "DEMO",
            Name = "Office move",
            Description = "A sample project: plan the move to the new office.",
            Status = ProjectStatus.Active,
            StartDate = today,
            TargetDate = today.AddDays(30),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Projects.Add(project);
        db.Statuses.AddRange(TaskStatusDefinition.Defaults(project.Id));
        db.PublishEvent(new ProjectCreated(project.Id, project.Key, project.Name, project.Status.ToString(), project.StartDate, project.TargetDate));

        (string Title, string Status, TaskPriority Priority, int DueInDays)[] tasks =
        [
            ("Choose movers", TaskStatusDefinition.DefaultDone, TaskPriority.High, -2),
            ("Plan the seating", TaskStatusDefinition.DefaultInProgress, TaskPriority.Normal, 5),
            ("Order network equipment", TaskStatusDefinition.DefaultToDo, TaskPriority.Urgent, 10),
            ("Pack the archive", TaskStatusDefinition.DefaultToDo, TaskPriority.Low, 25),
        ];
        foreach (var (title, status, priority, dueInDays) in tasks)
        {
            var task = new ProjectTask
            {
                Id = Guid.CreateVersion7(now),
                ProjectId = project.Id,
                Number = ++project.LastTaskNumber,
                Title = title,
                Status = status,
                Priority = priority,
                DueDate = today.AddDays(dueInDays),
                CompletedAt = status == TaskStatusDefinition.DefaultDone ? now : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Tasks.Add(task);
            db.PublishEvent(new TaskCreated(task.Id, project.Id, project.Key, task.Number, task.Title, task.Status, task.Priority.ToString(), task.StartDate, task.DueDate, []));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
