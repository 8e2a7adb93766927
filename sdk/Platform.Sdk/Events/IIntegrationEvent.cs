namespace Platform.Sdk.Events;

/// <summary>
/// Marks an integration event: an immutable record of something that happened in a module, published
/// through the outbox. Its type carries <see cref="IntegrationEventAttribute"/> with a stable versioned name.
/// A consumer in another module declares its own record with the same name and the fields it needs.
/// </summary>
public interface IIntegrationEvent;
