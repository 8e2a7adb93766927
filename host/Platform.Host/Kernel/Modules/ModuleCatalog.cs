using Platform.Sdk.Events;

namespace Platform.Host.Kernel.Modules;

/// <summary>The modules the kernel discovered, in dependency order, and what the running ones contribute.</summary>
public sealed class ModuleCatalog
{
    private IReadOnlyList<ModuleRuntime> _modules = [];

    public IReadOnlyList<ModuleRuntime> Modules => _modules;

    public IEnumerable<ModuleRuntime> Running => _modules.Where(m => m.State == ModuleState.Running);

    public ModuleRuntime? Find(string id) => _modules.FirstOrDefault(m => m.Id == id);

    internal void Set(IReadOnlyList<ModuleRuntime> modules) => _modules = modules;

    /// <summary>
    /// Handlers for <paramref name="eventName"/> of every module that registered, running or not: a module that
    /// faulted after registering still gets its deliveries, which wait (retried, then dead-lettered and
    /// replayable) instead of being lost.
    /// </summary>
    public IEnumerable<(ModuleRuntime Module, EventSubscription Subscription)> SubscribersOf(string eventName) =>
        _modules.Where(m => m.Builder is not null).SelectMany(m => m.Builder!.Events.Subscriptions
            .Where(s => s.EventName == eventName)
            .Select(s => (m, s)));

    public (ModuleRuntime Module, EventSubscription Subscription)? FindConsumer(string consumer) =>
        Running.SelectMany(m => m.Builder!.Events.Subscriptions.Where(s => s.Consumer == consumer).Select(s => (m, s)))
            .Cast<(ModuleRuntime, EventSubscription)?>()
            .FirstOrDefault();
}
