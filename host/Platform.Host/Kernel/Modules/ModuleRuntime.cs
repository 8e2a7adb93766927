using Autofac;
using McMaster.NETCore.Plugins;
using Platform.Sdk.Manifest;
using Platform.Sdk.Modules;

namespace Platform.Host.Kernel.Modules;

/// <summary>Everything the kernel knows about one discovered plugin while the host runs.</summary>
public sealed class ModuleRuntime
{
    public ModuleRuntime(string folder, PluginManifest? manifest, string fallbackId)
    {
        Folder = folder;
        Manifest = manifest;
        Id = manifest?.Id ?? fallbackId;
    }

    public string Id { get; }

    public string Folder { get; }

    public PluginManifest? Manifest { get; }

    public ModuleState State { get; private set; } = ModuleState.Pending;

    public string? Reason { get; private set; }

    /// <summary>The lifecycle step that failed: manifest, dependencies, load, register, migrate, start, endpoints.</summary>
    public string? FaultedDuring { get; private set; }

    internal PluginLoader? Loader { get; set; }

    internal PlatformModule? Module { get; set; }

    internal ModuleBuilder? Builder { get; set; }

    /// <summary>The module's own Autofac scope; its registrations are invisible to other modules.</summary>
    internal ILifetimeScope? Scope { get; set; }

    internal IServiceProvider? Services { get; set; }

    public bool IsHealthy => State is ModuleState.Pending or ModuleState.Running;

    public void Fault(string step, string reason)
    {
        if (State == ModuleState.Faulted)
        {
            return;
        }

        State = ModuleState.Faulted;
        FaultedDuring = step;
        Reason = reason;
    }

    public void Disable(string reason)
    {
        State = ModuleState.Disabled;
        Reason = reason;
    }

    public void MarkRunning() => State = ModuleState.Running;
}
