using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Watchers;

/// <summary>The list of a task's watchers, as returned by the watcher endpoints.</summary>
public sealed record TaskWatchersDto(Guid TaskId, IReadOnlyList<Guid> Watchers);

/// <summary>
/// Watching a task: anyone who can see a task may follow or unfollow it. Watching is personal and not part of the task's
/// content, so it needs no If-Match and leaves the task's version (ETag) alone; both calls are idempotent.
/// </summary>
internal static class TaskWatchers
{
    public static async Task<Results<Ok<TaskWatchersDto>, ProblemHttpResult>> Watch(Guid id, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken) =>
        await ChangeAsync(id, watch: true, db, access, cancellationToken);

    public static async Task<Results<Ok<TaskWatchersDto>, ProblemHttpResult>> Unwatch(Guid id, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken) =>
        await ChangeAsync(id, watch: false, db, access, cancellationToken);

    private static async Task<Results<Ok<TaskWatchersDto>, ProblemHttpResult>> ChangeAsync(
        Guid id, bool watch, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        if (!await access.Tasks(db).AnyAsync(t => t.Id == id, cancellationToken))
        {
            return ApiProblems.NotFound("Task", id);
        }

        if (access.UserId is not { } userId)
        {
            return TypedResults.Problem(statusCode: 400, title: "Only people watch tasks.", detail: "An API client acting on its own has no user to notify.");
        }

        var existing = await db.TaskWatchers.FirstOrDefaultAsync(w => w.TaskId == id && w.UserId == userId, cancellationToken);
        if (watch && existing is null)
        {
            db.TaskWatchers.Add(new TaskWatcher { TaskId = id, UserId = userId });
        }
        else if (!watch && existing is not null)
        {
            db.TaskWatchers.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        var watchers = await db.TaskWatchers.AsNoTracking().Where(w => w.TaskId == id).Select(w => w.UserId).OrderBy(u => u).ToListAsync(cancellationToken);
        return TypedResults.Ok(new TaskWatchersDto(id, watchers));
    }
}
