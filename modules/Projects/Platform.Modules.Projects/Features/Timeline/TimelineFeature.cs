using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Timeline;

/// <summary>The project timeline: every project event is recorded as an entry of its project's timeline.</summary>
internal static class TimelineFeature
{
    public static void Configure(ModuleBuilder module) => module.Events
        .Handle<ProjectCreated, ProjectTimelineRecorder<ProjectCreated>>()
        .Handle<ProjectUpdated, ProjectTimelineRecorder<ProjectUpdated>>()
        .Handle<TaskCreated, ProjectTimelineRecorder<TaskCreated>>()
        .Handle<TaskUpdated, ProjectTimelineRecorder<TaskUpdated>>()
        .Handle<TaskAssigned, ProjectTimelineRecorder<TaskAssigned>>()
        .Handle<TaskStatusChanged, ProjectTimelineRecorder<TaskStatusChanged>>()
        .Handle<TaskCompleted, ProjectTimelineRecorder<TaskCompleted>>()
        .Handle<TaskDeleted, ProjectTimelineRecorder<TaskDeleted>>()
        .Handle<DependencyAdded, ProjectTimelineRecorder<DependencyAdded>>()
        .Handle<DependencyRemoved, ProjectTimelineRecorder<DependencyRemoved>>()
        .Handle<CommentAdded, ProjectTimelineRecorder<CommentAdded>>()
        .Handle<MilestoneReached, ProjectTimelineRecorder<MilestoneReached>>()
        .Handle<MilestoneSlipped, ProjectTimelineRecorder<MilestoneSlipped>>()
        .Handle<TimeLogged, ProjectTimelineRecorder<TimeLogged>>();

    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/projects/{projectId:guid}/timeline", GetTimeline.Handle)
        .RequirePermission(ProjectPermissions.Read)
        .WithTags("Timeline")
        .WithSummary("A project's timeline")
        .WithDescription("What changed in the project, newest first: every project event (tasks created, moved, assigned, completed, rescheduled; dependencies; comments; milestones; time logged) with who did it and when. Filter by taskId and since; paged. Entries appear as the events are delivered, normally within a second.");
}
