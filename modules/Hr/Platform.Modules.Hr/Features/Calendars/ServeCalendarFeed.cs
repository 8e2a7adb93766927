using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Calendars;

/// <summary>
/// The subscription itself: no sign-in, the token in the URL is the credential. Approved leave of the feed's people
/// from <see cref="PastDays"/> days ago to <see cref="FutureDays"/> days ahead. Employee feeds name the leave type;
/// team and department feeds say only "on leave", since subscription URLs end up in more hands than API answers.
/// </summary>
internal static class ServeCalendarFeed
{
    public const int PastDays = 90;
    public const int FutureDays = 366;

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Handle(
        string token, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var hash = FeedTokens.Hash(token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken);
        if (feed is null)
        {
            // The same answer for a revoked, rotated or made-up token: nothing to learn by guessing.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Calendar feed not found.", detail: "The link was revoked or replaced, or never existed.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = today.AddDays(-PastDays);
        var to = today.AddDays(FutureDays);
        var members = (await FeedAudience.MembersAsync(db, feed.Scope, feed.SubjectId, cancellationToken)).ToList();
        var rows = await db.LeaveRequests.AsNoTracking()
            .Where(r => r.Status == LeaveRequestStatus.Approved && members.Contains(r.EmployeeId) && r.StartDate <= to && r.EndDate >= from)
            .Join(db.Employees, r => r.EmployeeId, e => e.Id, (r, e) => new { Request = r, e.FirstName, e.LastName })
            .Join(db.LeaveTypes, x => x.Request.LeaveTypeId, t => t.Id, (x, t) => new { x.Request, x.FirstName, x.LastName, TypeName = t.Name })
            .OrderBy(x => x.Request.StartDate).ThenBy(x => x.Request.Id)
            .ToListAsync(cancellationToken);
        var showType = feed.Scope == CalendarFeedScope.Employee;
        var absences = rows.Select(x => new FeedAbsence(
            x.Request.Id, $"{x.FirstName} {x.LastName}".Trim(), showType ? x.TypeName : null, x.Request.StartDate, x.Request.EndDate,
            x.Request.StartPart, x.Request.EndPart, x.Request.Days, x.Request.UpdatedAt));

        // Calendar apps poll; a few minutes of staleness is fine, sharing caches are not.
        response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(LeaveFeedWriter.Write(feed.Name, absences), "text/calendar; charset=utf-8");
    }
}
