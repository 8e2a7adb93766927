using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>iCalendar feeds of a project's or a person's tasks at secret-token URLs.</summary>
internal static class FeedsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        const string Secret = "The answer holds the secret token and URL once; only its SHA-256 is stored, so it cannot be shown again (rotate for a new one).";
        api.MapPost("/projects/{projectId:guid}/feeds", TaskFeeds.CreateForProject)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("Create an iCalendar feed of a project")
            .WithDescription($"A subscription URL for calendar apps showing the project's tasks (all-day events from start to due date) and milestones. It shows what the caller may see, checked again at every fetch: once they lose access to the project, the feed answers 404. Only signed-in people own feeds. {Secret}");
        api.MapGet("/projects/{projectId:guid}/feeds", TaskFeeds.ListForProject)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("List one's feeds of a project")
            .WithDescription("The caller's own feeds of the project, without their tokens.");
        api.MapPost("/my/feeds", TaskFeeds.CreateForMe)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("Create an iCalendar feed of one's tasks")
            .WithDescription($"A subscription URL showing the tasks assigned to the caller in person, across the projects they may see at the time of each fetch. {Secret}");
        api.MapGet("/my/feeds", TaskFeeds.ListMine)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("List one's feeds")
            .WithDescription("Every feed the caller owns (project and personal), without tokens.");
        api.MapPost("/feeds/{id:guid}/rotate", TaskFeeds.Rotate)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("Rotate a feed's token")
            .WithDescription("A new secret URL; the old one stops working at once. For the feed's owner. Requires If-Match: 428 without it, 412 when stale.");
        api.MapDelete("/feeds/{id:guid}", TaskFeeds.Revoke)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Feeds")
            .WithSummary("Revoke a feed")
            .WithDescription("Deletes the feed; its URL answers 404 from then on. For the feed's owner. Requires If-Match.");
        // Calendar apps cannot sign in: the secret token in the URL is the credential, on purpose.
        api.MapGet("/feeds/{token}.ics", ServeTaskFeed.Handle)
            .AllowAnonymous()
            .WithTags("Feeds")
            .WithSummary("Subscribe to a feed")
            .WithDescription($"Anonymous on purpose: calendar apps cannot sign in, the token is the credential. text/calendar (RFC 5545): one all-day VEVENT per task with a start or due date (start to due, inclusive) and per milestone, from {ServeTaskFeed.PastDays} days ago to {ServeTaskFeed.FutureDays} days ahead; done tasks are marked ✓. What it shows is what the owner may see at that moment. 404 for revoked, rotated or unknown tokens, for a deactivated owner, and for a project feed whose owner lost access.");
    }
}
