namespace Platform.Host.Kernel.Modules;

/// <summary>
/// Which running module implements which SDK capability contract (see <c>ModuleBuilder.ProvideCapability</c>).
/// The host's registration of a contract asks here first and falls back to its own default.
/// </summary>
internal sealed class CapabilityRegistry(ILogger<CapabilityRegistry> logger)
{
    private volatile IReadOnlyDictionary<Type, (ModuleRuntime Module, Type Implementation)> _providers =
        new Dictionary<Type, (ModuleRuntime, Type)>();

    /// <summary>Records the capabilities of the running modules; the first module in load order wins a contract.</summary>
    public void Set(IEnumerable<ModuleRuntime> running)
    {
        var providers = new Dictionary<Type, (ModuleRuntime, Type)>();
        foreach (var module in running)
        {
            foreach (var (contract, implementation) in module.Builder?.ProvidedCapabilities ?? new Dictionary<Type, Type>())
            {
                if (providers.TryGetValue(contract, out var first))
                {
                    logger.LogWarning("Modules {First} and {Second} both provide {Contract}; the first is used", first.Item1.Id, module.Id, contract.Name);
                    continue;
                }

                providers[contract] = (module, implementation);
            }
        }

        _providers = providers;
    }

    /// <summary>The running module's implementation of <typeparamref name="TContract"/>, or null when no module provides it.</summary>
    public TContract? Find<TContract>() where TContract : class =>
        _providers.TryGetValue(typeof(TContract), out var provider) && provider.Module is { State: ModuleState.Running, Services: { } services }
            ? (TContract)services.GetRequiredService(provider.Implementation)
            : null;
}
