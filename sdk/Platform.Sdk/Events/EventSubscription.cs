namespace Platform.Sdk.Events;

/// <summary>A handler a module registered for an event.</summary>
/// <param name="EventName">The handled event name.</param>
/// <param name="EventType">The consumer's record type.</param>
/// <param name="HandlerType">The handler type, resolved from the module's scope.</param>
/// <param name="Consumer">A stable consumer name: <c>{module}/{handler}</c>.</param>
public sealed record EventSubscription(string EventName, Type EventType, Type HandlerType, string Consumer);

/// <summary>An event type a module declares it publishes.</summary>
/// <param name="EventName">The event name.</param>
/// <param name="EventType">The payload type.</param>
/// <param name="Description">What the event means.</param>
public sealed record PublishedEvent(string EventName, Type EventType, string? Description);
