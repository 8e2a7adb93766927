using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Features.Leave;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Calendars;

/// <summary>Creating, listing, rotating and revoking calendar feeds.</summary>
internal static class CalendarFeeds
{
    public static async Task<Ok<List<CalendarFeedDto>>> List(HrDbContext db, LeaveAccess access, CancellationToken cancellationToken)
    {
        var query = db.CalendarFeeds.AsNoTracking();
        if (!access.CanManage)
        {
            query = query.Where(f => f.OwnerUserId != null && f.OwnerUserId == access.UserId);
        }

        var feeds = await query.OrderBy(f => f.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(feeds.Select(CalendarFeedDto.From).ToList());
    }

    public static async Task<Results<Created<CalendarFeedSecret>, ValidationProblem, ProblemHttpResult>> Create(
        CreateCalendarFeedRequest request, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(Enum.IsDefined(request.Scope), "scope", "scope is Employee, Team (everyone below a manager) or Department.");
        errors.Require(request.SubjectId is not null, "subjectId", "subjectId is required: the employee, the manager or the department.");
        errors.Require(request.Name is null || request.Name.Trim().Length is > 0 and <= CalendarFeed.NameMaxLength, "name", $"name must be 1-{CalendarFeed.NameMaxLength} characters.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var subjectId = request.SubjectId!.Value;
        if (!await FeedAudience.SubjectExistsAsync(db, request.Scope, subjectId, cancellationToken))
        {
            return new ValidationErrors().Add("subjectId", $"No {(request.Scope == CalendarFeedScope.Department ? "department" : "employee")} has id '{subjectId}'.").ToProblem();
        }

        if (!await FeedAudience.CallerMaySeeAsync(db, access, request.Scope, subjectId, cancellationToken))
        {
            return CannotSee();
        }

        var now = time.GetUtcNow();
        var token = FeedTokens.Generate();
        var feed = new CalendarFeed
        {
            Id = Guid.CreateVersion7(now), Name = request.Name?.Trim() ?? await DefaultNameAsync(db, request.Scope, subjectId, cancellationToken),
            Scope = request.Scope, SubjectId = subjectId, TokenHash = FeedTokens.Hash(token), OwnerUserId = access.UserId, CreatedAt = now, UpdatedAt = now,
        };
        db.CalendarFeeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, feed.Version);
        return TypedResults.Created($"/api/hr/calendar-feeds/{feed.Id}", new CalendarFeedSecret(CalendarFeedDto.From(feed), token, UrlOf(httpRequest, token)));
    }

    public static async Task<Results<Ok<CalendarFeedSecret>, ProblemHttpResult>> Rotate(
        Guid id, HrDbContext db, LeaveAccess access, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var feed = await FindOwnAsync(db, access, id, cancellationToken);
        if (feed is null)
        {
            return ApiProblems.NotFound("Calendar feed", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, feed.Version) is { } failed)
        {
            return failed;
        }

        if (!await FeedAudience.CallerMaySeeAsync(db, access, feed.Scope, feed.SubjectId, cancellationToken))
        {
            return CannotSee();
        }

        var token = FeedTokens.Generate();
        feed.TokenHash = FeedTokens.Hash(token);
        feed.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, feed.Version);
        return TypedResults.Ok(new CalendarFeedSecret(CalendarFeedDto.From(feed), token, UrlOf(httpRequest, token)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, HrDbContext db, LeaveAccess access, HttpRequest request, CancellationToken cancellationToken)
    {
        var feed = await FindOwnAsync(db, access, id, cancellationToken);
        if (feed is null)
        {
            return ApiProblems.NotFound("Calendar feed", id);
        }

        if (Preconditions.CheckIfMatch(request, feed.Version) is { } failed)
        {
            return failed;
        }

        db.CalendarFeeds.Remove(feed);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The subscription URL of a token, on the host the caller used.</summary>
    private static string UrlOf(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/api/hr/calendar-feeds/{token}.ics";

    /// <summary>Feeds are managed by their owner and HR; others' feeds do not exist for the caller.</summary>
    private static async Task<CalendarFeed?> FindOwnAsync(HrDbContext db, LeaveAccess access, Guid id, CancellationToken cancellationToken)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return feed is not null && (access.CanManage || (feed.OwnerUserId is { } owner && owner == access.UserId)) ? feed : null;
    }

    private static async Task<string> DefaultNameAsync(HrDbContext db, CalendarFeedScope scope, Guid subjectId, CancellationToken cancellationToken)
    {
        if (scope == CalendarFeedScope.Department)
        {
            var department = await db.Departments.AsNoTracking().Where(d => d.Id == subjectId).Select(d => d.Name).FirstAsync(cancellationToken);
            return Truncate($"Leave: {department}");
        }

        var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == subjectId, cancellationToken);
        return Truncate(scope == CalendarFeedScope.Team ? $"Leave: team of {employee.DisplayName}" : $"Leave: {employee.DisplayName}");
    }

    private static string Truncate(string name) => name.Length > CalendarFeed.NameMaxLength ? name[..CalendarFeed.NameMaxLength] : name;

    private static ProblemHttpResult CannotSee() => ApiProblems.Forbidden(
        "You may not see all of this calendar.",
        "A feed shows leave you may see: your own, your reports' (hr.leave.approve; a team or department feed needs every member among them) or everyone's (hr.leave.manage).");
}
