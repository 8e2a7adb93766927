using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Gantt;

internal static class GanttEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/projects/{projectId:guid}/gantt", GetGantt.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Gantt")
            .WithSummary("The Gantt chart of a date window")
            .WithDescription(
                "One call for a chart of from..to (yyyy-MM-dd, both included, at most 1096 days; defaults: the project's start and target dates, else its tasks' span). "
                + "tasks: those whose start..finish intersects the window, plus every summary above one of them (key, title, start, finish (inclusive), durationDays, progress, parentId, mode, status and its category, assignees, milestoneId, isSummary, isCritical, totalFloatDays); tasks without dates are not drawn. "
                + "dependencies: links with a shown task at either end; crossesWindow when the other end is outside the window (and not in tasks). "
                + "milestones: those dated in the window, with their health. criticalPath: the critical tasks and the project's start and finish, computed over the whole project, not only the window. "
                + "calendar: the working weekdays and every non-working day of the window (weekends, holidays of the followed holiday calendar, the project's days off).");
}
