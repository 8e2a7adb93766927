using McMaster.NETCore.Plugins;
using Platform.Host.Kernel.Modules;
using Platform.Sdk.Modules;

namespace Platform.Host.Kernel.Plugins;

/// <summary>
/// Loads a plugin's assembly in its own load context. Assemblies the host has are taken from the host so
/// types match across the boundary; everything else the plugin ships stays private to it.
/// </summary>
internal static class PluginAssemblyLoader
{
    public static PlatformModule Load(ModuleRuntime runtime)
    {
        var path = Path.Combine(runtime.Folder, runtime.Manifest!.EntryAssembly);
        var loader = PluginLoader.CreateFromAssemblyFile(path, config =>
        {
            // Every assembly the host has (SDK, Autofac, ASP.NET Core, EF Core and providers, Microsoft.Extensions.*)
            // resolves to the host's copy, so types match across the boundary. Listing shared types explicitly
            // instead makes the loader walk their whole dependency graph for every plugin (about 10 ms each).
            config.PreferSharedTypes = true;
            config.IsUnloadable = false;
        });
        runtime.Loader = loader;
        var assembly = loader.LoadDefaultAssembly();
        var candidates = assembly.GetExportedTypes()
            .Where(t => typeof(PlatformModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true })
            .ToList();
        if (candidates.Count != 1)
        {
            throw new InvalidOperationException(
                $"{runtime.Manifest.EntryAssembly} must contain exactly one public PlatformModule subclass; found {candidates.Count}.");
        }

        return (PlatformModule)(Activator.CreateInstance(candidates[0])
            ?? throw new InvalidOperationException($"Could not create {candidates[0].FullName}."));
    }
}
