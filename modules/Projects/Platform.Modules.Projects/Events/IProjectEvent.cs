using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Events;

/// <summary>An event of one project; the module's timeline records each one with <see cref="Describe"/>.</summary>
public interface IProjectEvent : IIntegrationEvent
{
    Guid ProjectId { get; }

    /// <summary>The task it concerns, if any.</summary>
    Guid? TaskId => null;

    /// <summary>One line for the project's timeline, e.g. "WEB-3 moved from To do to Done".</summary>
    string Describe();
}
