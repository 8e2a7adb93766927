using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

[IntegrationEvent("projects.time-logged.v1", Description = "Time was logged on a task (by hand or by stopping a timer).")]
public sealed record TimeLogged(Guid TimeEntryId, Guid TaskId, Guid ProjectId, string TaskKey, Guid UserId, DateOnly Date, decimal Hours, bool Billable) : IProjectEvent
{
    Guid? IProjectEvent.TaskId => TaskId;

    public string Describe() => $"{Hours:0.##} h logged on {TaskKey}";
}
