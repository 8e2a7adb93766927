using Autofac;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Kernel.Modules;
using Platform.Sdk.Modules;

namespace Platform.Host.Kernel.Plugins;

/// <summary>
/// Loads a plugin's assembly in its own load context. Contract assemblies (the SDK, Autofac, ASP.NET Core,
/// EF Core and its providers, Microsoft.Extensions.*) are taken from the host so types match across the boundary;
/// everything else the plugin ships stays private to it.
/// </summary>
internal static class PluginAssemblyLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(PlatformModule),
        typeof(ContainerBuilder),
        typeof(IEndpointRouteBuilder),
        typeof(DbContext),
        typeof(Microsoft.Extensions.Logging.ILogger),
        typeof(Microsoft.Extensions.Configuration.IConfiguration),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
    ];

    public static PlatformModule Load(ModuleRuntime runtime)
    {
        var path = Path.Combine(runtime.Folder, runtime.Manifest!.EntryAssembly);
        var loader = PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config =>
        {
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
