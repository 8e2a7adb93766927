using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;

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
}
