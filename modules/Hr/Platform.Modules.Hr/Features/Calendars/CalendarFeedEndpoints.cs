using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Calendars;

internal static class CalendarFeedEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("/calendar-feeds").WithTags("Calendar feeds");
        feeds.MapGet("/", CalendarFeeds.List)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("List calendar feeds")
            .WithDescription("The caller's own feeds; every feed for hr.leave.manage. Tokens are never listed.");
        feeds.MapPost("/", CalendarFeeds.Create)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Create a calendar feed")
            .WithDescription("An iCalendar subscription of approved leave: scope Employee (subjectId: an employee), Team (everyone below the manager subjectId) or Department (subjectId: a department, sub-departments included). The caller must see all of it: their own leave, their reports' (hr.leave.approve; a team or department needs every member among them), or anyone's (hr.leave.manage); 403 otherwise. The answer holds the secret token and URL once; only a hash is stored.");
        feeds.MapPost("/{id:guid}/rotate", CalendarFeeds.Rotate)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Rotate a calendar feed's token")
            .WithDescription("A new secret URL; the old one stops working at once. For the feed's owner (who must still see all of it) and hr.leave.manage. Requires If-Match.");
        feeds.MapDelete("/{id:guid}", CalendarFeeds.Revoke)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Revoke a calendar feed")
            .WithDescription("Deletes the feed; its URL stops working. For the feed's owner and hr.leave.manage. Requires If-Match.");
        // Calendar apps cannot sign in: the secret token in the URL is the credential, on purpose.
        feeds.MapGet("/{token}.ics", ServeCalendarFeed.Handle)
            .AllowAnonymous()
            .WithSummary("Subscribe to a calendar feed")
            .WithDescription($"No sign-in: the token is the credential. text/calendar (RFC 5545) with one all-day event per approved absence from {ServeCalendarFeed.PastDays} days ago to {ServeCalendarFeed.FutureDays} days ahead; employee feeds name the leave type, team and department feeds do not. 404 for revoked, rotated or unknown tokens.");
    }
}
