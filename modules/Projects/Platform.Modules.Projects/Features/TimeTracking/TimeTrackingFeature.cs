using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>Time tracking: entries, a running timer per person, weekly timesheets and project totals against estimates.</summary>
internal static class TimeTrackingFeature
{
    private const string AmountRules =
        "hours: more than 0 and at most 24, kept to the nearest minute; a person's entries on one date total at most 24 hours (400 naming hours). " +
        "Logged time takes hours off the task's remaining hours (never below 0; a task without remaining hours starts from its estimate less the time already logged); " +
        "editing moves it by the difference, deleting gives the hours back.";

    public static void Configure(ModuleBuilder module) =>
        module.Events.Publishes<TimeLogged>();

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/tasks/{id:guid}/time-entries", ListTimeEntries.ForTask)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Time tracking")
            .WithSummary("List a task's time entries")
            .WithDescription("Newest date first, paged. Everyone who sees the task sees its time.");
        api.MapPost("/tasks/{id:guid}/time-entries", LogTime.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Time tracking")
            .WithSummary("Log time on a task")
            .WithDescription("For the caller, or with userId for another active person by the project's managers. date defaults to today (UTC) and may not be later than tomorrow; billable defaults to false. Publishes projects.time-logged.v1. " + AmountRules);

        var entries = api.MapGroup("/time-entries").WithTags("Time tracking");
        entries.MapPut("/{id:guid}", ChangeTimeEntry.Update)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Change a time entry")
            .WithDescription("One's own entries; the project's managers any. Replaces hours, date, note and billable. Requires If-Match: 428 without it, 412 when stale. " + AmountRules);
        entries.MapDelete("/{id:guid}", ChangeTimeEntry.Delete)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a time entry")
            .WithDescription("One's own entries; the project's managers any. Gives the hours back to the task's remaining hours. Requires If-Match.");

        var my = api.MapGroup("/my").WithTags("Time tracking");
        my.MapGet("/time-entries", ListTimeEntries.Mine)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("My time entries")
            .WithDescription("The caller's entries from from to to (inclusive, yyyy-MM-dd; the current ISO week by default; at most 366 days), oldest first, in every project.");
        my.MapGet("/timer", RunningTimers.Get)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("My running timer")
            .WithDescription("200 with the running timer (task, start, elapsed whole minutes), 204 when none runs.");
        my.MapPost("/timer/start", RunningTimers.Start)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Start my timer on a task")
            .WithDescription("Starts timing the task now. A timer already running is stopped first and its entry written (returned as stoppedEntry). For those who may change the project's tasks.");
        my.MapPost("/timer/stop", RunningTimers.Stop)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Stop my timer")
            .WithDescription("Writes the time entry and returns it: dated on the UTC day the timer started, the elapsed time rounded to the nearest minute and at least 1 minute, capped at what remains of that day's 24 hours (400 naming timer when nothing remains). Publishes projects.time-logged.v1. 404 when no timer runs.");
        my.MapDelete("/timer", RunningTimers.Discard)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Discard my timer")
            .WithDescription("Throws the running timer away without writing an entry. 404 when none runs.");

        api.MapGet("/people/{userId:guid}/timesheet", Timesheets.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Time tracking")
            .WithSummary("A person's weekly timesheet")
            .WithDescription("week is an ISO week such as 2026-W48 (the current one by default). Hours per task per day (Monday first), per day and for the week, split billable / non-billable. One's own sheet in full; project managers see the person's time in the projects they manage; projects.manage sees everything; others get 403.");
        api.MapGet("/projects/{id:guid}/time-summary", TimeSummary.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Time tracking")
            .WithSummary("A project's time against estimates")
            .WithDescription("Totals (estimate, logged, billable, non-billable, remaining), per task with an estimate or logged time (variance = logged + remaining - estimate; positive means over), and per person.");
    }
}
