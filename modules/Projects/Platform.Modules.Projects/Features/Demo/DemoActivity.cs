using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Comments;
using Platform.Modules.Projects.Domain.Time;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>
/// Life in the demo projects once their dates are set: a few comments (one with an @mention) and the time the
/// assignees logged on the tasks that have started, working day by working day up to yesterday, within each estimate.
/// </summary>
internal static class DemoActivity
{
    private static readonly Dictionary<(string Project, int Task), (string Author, string Body)[]> Comments = new()
    {
        [("WEB", 6)] =
        [
            ("manager", "Looks great so far. {employee}, could we try the darker header from the mood board?"),
            ("employee", "Sure, I'll post **both variants** here by Thursday."),
        ],
        [("WEB", 8)] = [("employee", "Starting with the layout grid while the visual design is in review.")],
        [("OPS", 2)] = [("manager", "The supplier's quote is in; delivery takes about three working days after the order.")],
    };

    public static void Add(ProjectsDbContext db, TimeProvider time, DemoPeople people, DemoProjectSeed seed, DateOnly today)
    {
        var now = time.GetUtcNow();
        foreach (var task in seed.Tasks)
        {
            AddComments(db, people, seed, task, now);
            LogTime(db, people, seed, task, today, now);
        }
    }

    private static void AddComments(ProjectsDbContext db, DemoPeople people, DemoProjectSeed seed, ProjectTask task, DateTimeOffset now)
    {
        foreach (var (author, text) in Comments.GetValueOrDefault((seed.Key, task.Number)) ?? [])
        {
            var account = people.ByRole(author);
            var mention = people.Employee is { } employee ? $"@[{employee.DisplayName}](user:{employee.UserId})" : "Eva";
            var comment = new Comment
            {
                Id = Guid.CreateVersion7(now), ProjectId = seed.Project.Id, TaskId = task.Id, AuthorId = account?.UserId,
                AuthorName = account?.DisplayName ?? "Demo", Body = text.Replace("{employee}", mention, StringComparison.Ordinal), CreatedAt = now,
            };
            db.Add(comment);
            db.PublishEvent(new CommentAdded(comment.Id, task.Id, seed.Project.Id, $"{seed.Key}-{task.Number}", comment.AuthorId, text[..Math.Min(text.Length, 80)],
                [.. task.Watchers.Select(w => w.UserId)]));
        }
    }

    private static void LogTime(ProjectsDbContext db, DemoPeople people, DemoProjectSeed seed, ProjectTask task, DateOnly today, DateTimeOffset now)
    {
        var person = task.Assignees.FirstOrDefault(a => a.Kind == AssigneeKind.Person)?.PrincipalId;
        if (person is not { } userId || task.StartDate is not { } start || task.DueDate is not { } due || task.EstimateHours is not { } estimate || task.Progress == 0)
        {
            return;
        }

        var budget = (int)(estimate * 60 * task.Progress / 100);
        var logged = 0;
        for (var day = start; day <= due && day < today && logged < budget; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var minutes = Math.Min(budget - logged, day.DayNumber % 3 == 0 ? 300 : 240);
            logged += minutes;
            var entry = new TimeEntry
            {
                Id = Guid.CreateVersion7(now), ProjectId = seed.Project.Id, TaskId = task.Id, UserId = userId, Date = day, Minutes = minutes,
                Billable = seed.Key == "WEB", Source = TimeEntrySource.Manual, CreatedBy = userId, CreatedAt = now, UpdatedAt = now,
                Note = day == start ? "Kick-off" : null,
            };
            db.Add(entry);
            db.PublishEvent(new TimeLogged(entry.Id, task.Id, seed.Project.Id, $"{seed.Key}-{task.Number}", userId, day, minutes / 60m, entry.Billable, minutes, entry.Source.ToString()));
        }

        task.RemainingHours = Math.Max(estimate - logged / 60m, 0);
    }
}
