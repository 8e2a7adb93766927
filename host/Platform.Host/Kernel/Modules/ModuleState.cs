namespace Platform.Host.Kernel.Modules;

public enum ModuleState
{
    /// <summary>Discovered and valid; not yet through the lifecycle.</summary>
    Pending,

    /// <summary>Registered, migrated, started and serving.</summary>
    Running,

    /// <summary>Failed somewhere in its lifecycle, or a dependency did; <see cref="ModuleRuntime.Reason"/> says why.</summary>
    Faulted,

    /// <summary>Switched off by configuration.</summary>
    Disabled,
}
