using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Milestones;

internal static class MilestoneEndpoints
{
    private const string HealthRule =
        "Health is computed when read: Reached when every linked task is done (a milestone without tasks when marked reached), Missed when its date has passed unreached, "
        + "AtRisk when an open linked task finishes after the milestone date or lies on the critical path with no float, OnTrack otherwise.";

    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects/{projectId:guid}/milestones").WithTags("Milestones");
        projects.MapGet("/", ReadMilestones.List)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a project's milestones")
            .WithDescription($"Ordered by date, each with its linked tasks, counts and health. {HealthRule}");
        projects.MapGet("/slipping", ReadMilestones.Slipping)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a project's slipping milestones")
            .WithDescription("The milestones that are AtRisk or Missed now, with the tasks that make them late and the date those tasks forecast.");
        projects.MapPost("/", CreateMilestone.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Create a milestone")
            .WithDescription("name and date are required; taskIds (optional) links tasks of the same project (400 naming any other id). For those who may change the project's tasks. A milestone created at risk or in the past publishes projects.milestone-slipped.v1. The response carries the ETag.");

        var milestones = api.MapGroup("/milestones").WithTags("Milestones");
        milestones.MapGet("/{id:guid}", ReadMilestones.Get)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a milestone")
            .WithDescription($"{HealthRule} The ETag header holds the version to send as If-Match.");
        milestones.MapPut("/{id:guid}", UpdateMilestone.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Update a milestone")
            .WithDescription("Replaces name, description and date; reached true/false marks or unmarks a milestone without linked tasks (400 on one with tasks: they decide), null keeps the mark. A change of health publishes projects.milestone-reached.v1 or projects.milestone-slipped.v1, once per transition. Requires If-Match: 428 without it, 412 when stale.");
        milestones.MapDelete("/{id:guid}", DeleteMilestone.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a milestone")
            .WithDescription("Its tasks stay and are unlinked. Requires If-Match.");
        milestones.MapPut("/{id:guid}/tasks", SetMilestoneTasks.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Set the tasks linked to a milestone")
            .WithDescription("taskIds is the complete set: listed tasks of the same project link to this milestone (leaving any other), the others are unlinked (a task's milestoneId is the same link). Changes the milestone's ETag; requires If-Match.");
    }
}
