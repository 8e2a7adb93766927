using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain.Feeds;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>
/// Creating, listing, rotating and revoking task feeds. A feed belongs to the person who created it: it shows what
/// they may see, and only they list and manage it (an API client acting for nobody cannot own one).
/// </summary>
internal static class TaskFeeds
{
    public static async Task<Results<Created<TaskFeedSecret>, ValidationProblem, ProblemHttpResult>> CreateForProject(
        Guid projectId, CreateTaskFeedRequest? request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var project = await access.Projects(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        return await CreateAsync(TaskFeedScope.Project, project.Id, request?.Name, Truncate($"{project.Key}: {project.Name}"), db, access, time, httpRequest, response, cancellationToken);
    }

    public static Task<Results<Created<TaskFeedSecret>, ValidationProblem, ProblemHttpResult>> CreateForMe(
        CreateTaskFeedRequest? request, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken) =>
        CreateAsync(TaskFeedScope.Person, null, request?.Name, "My tasks", db, access, time, httpRequest, response, cancellationToken);

    public static async Task<Results<Ok<List<TaskFeedDto>>, ProblemHttpResult>> ListForProject(Guid projectId, ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        if (!await access.Projects(db).AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var feeds = await db.TaskFeeds.AsNoTracking()
            .Where(f => f.ProjectId == projectId && access.UserId != null && f.OwnerUserId == access.UserId)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(feeds.Select(TaskFeedDto.From).ToList());
    }

    public static async Task<Ok<List<TaskFeedDto>>> ListMine(ProjectsDbContext db, ProjectAccess access, CancellationToken cancellationToken)
    {
        var feeds = await db.TaskFeeds.AsNoTracking()
            .Where(f => access.UserId != null && f.OwnerUserId == access.UserId)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(feeds.Select(TaskFeedDto.From).ToList());
    }

    public static async Task<Results<Ok<TaskFeedSecret>, ProblemHttpResult>> Rotate(
        Guid id, ProjectsDbContext db, ProjectAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var feed = await FindOwnAsync(db, access, id, cancellationToken);
        if (feed is null)
        {
            return ApiProblems.NotFound("Feed", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, feed.Version) is { } failed)
        {
            return failed;
        }

        var token = FeedTokens.Generate();
        feed.TokenHash = FeedTokens.Hash(token);
        feed.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, feed.Version);
        return TypedResults.Ok(new TaskFeedSecret(TaskFeedDto.From(feed), token, UrlOf(httpRequest, token)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, ProjectsDbContext db, ProjectAccess access, HttpRequest request, CancellationToken cancellationToken)
    {
        var feed = await FindOwnAsync(db, access, id, cancellationToken);
        if (feed is null)
        {
            return ApiProblems.NotFound("Feed", id);
        }

        if (Preconditions.CheckIfMatch(request, feed.Version) is { } failed)
        {
            return failed;
        }

        db.TaskFeeds.Remove(feed);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<TaskFeedSecret>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TaskFeedScope scope, Guid? projectId, string? name, string defaultName, ProjectsDbContext db, ProjectAccess access, TimeProvider time,
        HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        if (access.UserId is not { } owner)
        {
            return ApiProblems.Forbidden("Feeds belong to a person.", "Sign in as the person who will subscribe: a feed shows what its owner may see, and an API client acting on its own is nobody.");
        }

        var errors = new ValidationErrors();
        errors.Require(name is null || name.Trim().Length is > 0 and <= TaskFeed.NameMaxLength, "name", $"name must be 1-{TaskFeed.NameMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = time.GetUtcNow();
        var token = FeedTokens.Generate();
        var feed = new TaskFeed
        {
            Id = Guid.CreateVersion7(now), Name = name?.Trim() ?? defaultName, Scope = scope, ProjectId = projectId, OwnerUserId = owner,
            TokenHash = FeedTokens.Hash(token), CreatedAt = now, UpdatedAt = now,
        };
        db.TaskFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, feed.Version);
        return TypedResults.Created($"/api/projects/feeds/{feed.Id}", new TaskFeedSecret(TaskFeedDto.From(feed), token, UrlOf(httpRequest, token)));
    }

    /// <summary>The subscription URL of a token, on the host the caller used.</summary>
    private static string UrlOf(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/api/projects/feeds/{token}.ics";

    /// <summary>Only a feed's owner manages it; others' feeds do not exist for the caller.</summary>
    private static async Task<TaskFeed?> FindOwnAsync(ProjectsDbContext db, ProjectAccess access, Guid id, CancellationToken cancellationToken) =>
        access.UserId is { } owner ? await db.TaskFeeds.FirstOrDefaultAsync(f => f.Id == id && f.OwnerUserId == owner, cancellationToken) : null;

    private static string Truncate(string name) => name.Length > TaskFeed.NameMaxLength ? name[..TaskFeed.NameMaxLength] : name;
}
