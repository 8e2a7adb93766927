using Autofac;

namespace Platform.Sdk.Events;

/// <summary>The events a module publishes and handles.</summary>
public sealed class ModuleEventRegistrations
{
    private readonly string _moduleId;
    private readonly ContainerBuilder _services;
    private readonly List<PublishedEvent> _published = [];
    private readonly List<EventSubscription> _subscriptions = [];

    internal ModuleEventRegistrations(string moduleId, ContainerBuilder services)
    {
        _moduleId = moduleId;
        _services = services;
    }

    /// <summary>Event types the module publishes; they form the platform's event catalogue.</summary>
    public IReadOnlyList<PublishedEvent> Published => _published;

    /// <summary>Handlers the module registered.</summary>
    public IReadOnlyList<EventSubscription> Subscriptions => _subscriptions;

    /// <summary>Declares that the module publishes <typeparamref name="TEvent"/>. Its name must start with the module id.</summary>
    /// <typeparam name="TEvent">The event record.</typeparam>
    public ModuleEventRegistrations Publishes<TEvent>()
        where TEvent : IIntegrationEvent
    {
        var attribute = IntegrationEventAttribute.Of(typeof(TEvent));
        if (!attribute.Name.StartsWith(_moduleId + ".", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Module '{_moduleId}' can only publish events named '{_moduleId}.…', not '{attribute.Name}'.");
        }

        _published.Add(new PublishedEvent(attribute.Name, typeof(TEvent), attribute.Description));
        return this;
    }

    /// <summary>Registers <typeparamref name="THandler"/> for <typeparamref name="TEvent"/>.</summary>
    /// <typeparam name="TEvent">The consumer's record of the event.</typeparam>
    /// <typeparam name="THandler">The handler, created in a fresh scope per delivery.</typeparam>
    public ModuleEventRegistrations Handle<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var name = IntegrationEventAttribute.NameOf(typeof(TEvent));
        _services.RegisterType<THandler>().AsSelf().InstancePerLifetimeScope();
        _subscriptions.Add(new EventSubscription(name, typeof(TEvent), typeof(THandler), $"{_moduleId}/{ConsumerName(typeof(THandler))}"));
        return this;
    }

    // A generic handler registered for several events (Recorder<A>, Recorder<B>) is one consumer per event type: the
    // bare type name (Recorder`1) would make them one consumer, and every delivery would go to the first registration.
    private static string ConsumerName(Type handler) => handler.IsGenericType
        ? $"{handler.Name[..handler.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", handler.GetGenericArguments().Select(ConsumerName))}>"
        : handler.Name;
}
