using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Feeds;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>
/// The subscription itself: no sign-in, the token in the URL is the credential. On every fetch the feed shows what its
/// owner may see now (their account must still be active): a project feed stops (404) once the owner no longer sees the
/// project, a person feed lists only their tasks in projects they see. Tasks with a start or due date and milestones
/// from <see cref="PastDays"/> days ago to <see cref="FutureDays"/> days ahead, at most <see cref="MaxEntries"/>.
/// </summary>
internal static class ServeTaskFeed
{
    public const int PastDays = 90;
    public const int FutureDays = 366;
    public const int MaxEntries = 5000;

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Handle(
        string token, ProjectsDbContext db, IUserAccounts accounts, IPeopleDirectory people, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var hash = FeedTokens.Hash(token);
        var feed = await db.TaskFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (feed is null || await accounts.FindByIdAsync(feed.OwnerUserId, cancellationToken) is not { IsActive: true })
        {
            return NotFound();
        }

        var owner = new ProjectAccess(new FeedOwner(feed.OwnerUserId), people);
        await owner.LoadAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (from, to) = (today.AddDays(-PastDays), today.AddDays(FutureDays));

        List<FeedEntry> entries;
        if (feed.Scope == TaskFeedScope.Project)
        {
            var project = await owner.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == feed.ProjectId, cancellationToken);
            if (project is null)
            {
                // The owner lost access: the feed shows nothing, and says no more than for an unknown token.
                return NotFound();
            }

            entries = await TaskEntriesAsync(db, db.Tasks.Where(t => t.ProjectId == project.Id), from, to, cancellationToken);
            var milestones = await db.Milestones.AsNoTracking()
                .Where(m => m.ProjectId == project.Id && m.Date >= from && m.Date <= to)
                .OrderBy(m => m.Date).ThenBy(m => m.Id).Take(MaxEntries)
                .ToListAsync(cancellationToken);
            entries.AddRange(milestones.Select(m => new FeedEntry(
                $"{m.Id}@projects.milestone", $"◆ {project.Key}: {m.Name}", m.Description, m.Date, m.Date, m.ReachedAt is not null, m.UpdatedAt)));
        }
        else
        {
            var userId = feed.OwnerUserId;
            var mine = owner.Tasks(db).Where(t => t.Assignees.Any(a => a.Kind == AssigneeKind.Person && a.PrincipalId == userId));
            entries = await TaskEntriesAsync(db, mine, from, to, cancellationToken);
        }

        // Calendar apps poll; a few minutes of staleness is fine, sharing caches are not.
        response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(TaskFeedWriter.Write(feed.Name, entries), "text/calendar; charset=utf-8");
    }

    private static async Task<List<FeedEntry>> TaskEntriesAsync(ProjectsDbContext db, IQueryable<ProjectTask> tasks, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var window = tasks.AsNoTracking()
            .Where(t => (t.StartDate != null || t.DueDate != null) && (t.StartDate ?? t.DueDate) <= to && (t.DueDate ?? t.StartDate) >= from)
            .OrderBy(t => t.DueDate ?? t.StartDate).ThenBy(t => t.Id)
            .Take(MaxEntries);
        var rows = await window
            .Join(db.Projects, t => t.ProjectId, p => p.Id, (t, p) => new FeedTaskRow(t.Id, p.Key, p.Name, t.Number, t.Title, t.Status, t.Progress, t.StartDate, t.DueDate, t.CompletedAt, t.UpdatedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(t => t.DueDate ?? t.StartDate).ThenBy(t => t.Id).Select(t =>
        {
            var first = t.StartDate ?? t.DueDate!.Value;
            var last = t.DueDate ?? first;
            return new FeedEntry($"{t.Id}@projects.task", $"{t.Key}-{t.Number} {t.Title}", $"{t.ProjectName} · {t.Status} · {t.Progress}%",
                first, last < first ? first : last, t.CompletedAt is not null, t.UpdatedAt);
        }).ToList();
    }

    private static ProblemHttpResult NotFound() =>
        // The same answer for a revoked, rotated or made-up token and for a feed its owner may no longer see: nothing to learn by guessing.
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Feed not found.", detail: "The link was revoked or replaced, or never existed.");

    private sealed record FeedTaskRow(Guid Id, string Key, string ProjectName, int Number, string Title, string Status, int Progress, DateOnly? StartDate, DateOnly? DueDate, DateTimeOffset? CompletedAt, DateTimeOffset UpdatedAt);
}
