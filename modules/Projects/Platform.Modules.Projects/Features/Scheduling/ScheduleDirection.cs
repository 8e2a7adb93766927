namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>Which way to schedule: as soon as possible from the project's start, or as late as possible back from its target date.</summary>
public enum ScheduleDirection
{
    Forward,
    Backward,
}
