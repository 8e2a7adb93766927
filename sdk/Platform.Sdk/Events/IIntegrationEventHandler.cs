namespace Platform.Sdk.Events;

/// <summary>
/// Handles an integration event published by a module. Delivery is at least once; when the handling module
/// has a database, the host records the event in the module's inbox inside the same transaction as the
/// handler's changes (call <c>SaveChanges</c> once, or not at all), so a redelivery is skipped.
/// An exception makes the host retry with backoff and finally park the event in the dead-letter list.
/// </summary>
/// <typeparam name="TEvent">The consumer's own record of the event.</typeparam>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    /// <summary>Handles one event.</summary>
    /// <param name="integrationEvent">The payload.</param>
    /// <param name="context">The envelope.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}
