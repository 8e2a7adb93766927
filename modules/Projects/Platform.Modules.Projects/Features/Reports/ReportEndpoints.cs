using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Reports;

internal static class ReportEndpoints
{
    private const string Csv = " format=csv answers the same as a CSV file (invariant numbers, yyyy-MM-dd dates).";

    public static void Map(IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/projects/{projectId:guid}/reports").WithTags("Reports");
        reports.MapGet("/progress", ProgressReportEndpoint.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Progress by status and by estimate")
            .WithDescription("Task counts, estimate hours and remaining hours by status category and by status (in board order), and the percentage complete by count and by estimate hours. Only leaf tasks count (a summary's work is its subtasks'); a task without an estimate weighs 0 hours; remaining hours of an open task fall back on its estimate." + Csv);
        reports.MapGet("/burndown", BurnReportEndpoints.Burndown)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Burndown series")
            .WithDescription("One point per day of from..to (at most 731 days; defaults: the project's start, else its first task's creation, to today): open tasks and their estimate hours at the end of the day (UTC), and the ideal line from the first day's remaining work to zero. Derived from each task's creation and completion time and its current estimate: a task reopened since counts as never done, a deleted one as never there, a re-estimate applies to every day." + Csv);
        reports.MapGet("/burnup", BurnReportEndpoints.Burnup)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Burnup series")
            .WithDescription("One point per day of from..to: tasks and estimate hours completed by the end of the day, and the scope line (all tasks that existed that day). Same sources and limits as the burndown." + Csv);
        reports.MapGet("/milestones", MilestoneReportEndpoint.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Milestone health")
            .WithDescription("Every milestone with its health now, linked and done tasks, forecast date and days late, and the count per health." + Csv);
        reports.MapGet("/time", TimeReportEndpoint.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Time logged per person, task or week")
            .WithDescription("Hours logged on the project's tasks in from..to (at most 366 days; defaults: the 28 days up to today), grouped by groupBy = person (default), task or week (ISO 8601 weeks, Monday first), with billable hours and entry counts, and the totals. People are named through the people directory." + Csv);
        reports.MapGet("/overdue", RiskReportEndpoints.Overdue)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Overdue tasks")
            .WithDescription("Open leaf tasks whose due date is before today (UTC), most overdue first, with days overdue and remaining hours." + Csv);
        reports.MapGet("/at-risk", RiskReportEndpoints.AtRisk)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Tasks at risk on the critical path")
            .WithDescription("Open leaf tasks late on the critical path, from a critical path analysis of the whole project: FinishesAfterDueDate (their dependencies let them finish no earlier than after their due date), FinishesAfterTargetDate (no float and finishing after the project's target date), OverdueOnCriticalPath (critical and already past due). With the project's target date and forecast finish." + Csv);
    }
}
