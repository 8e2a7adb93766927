using Platform.Host.Kernel.Modules;
using Platform.Sdk;
using Platform.Sdk.Manifest;

namespace Platform.Host.Kernel.Plugins;

/// <summary>Finds plugin folders (each with a <c>plugin.json</c>) and validates their manifests.</summary>
internal static class PluginDiscovery
{
    public static List<ModuleRuntime> Discover(IEnumerable<string> roots, ICollection<string> disabled)
    {
        var found = new List<ModuleRuntime>();
        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                if (!File.Exists(Path.Combine(folder, PluginManifest.FileName)) &&
                    !Directory.EnumerateFiles(folder, "*.dll").Any())
                {
                    continue; // not a plugin folder at all
                }

                found.Add(Inspect(folder));
            }
        }

        foreach (var duplicate in found.Where(m => m.Manifest is not null).GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            foreach (var module in duplicate)
            {
                module.Fault("manifest", $"plugin id '{duplicate.Key}' is installed more than once: {string.Join(", ", duplicate.Select(d => d.Folder))}");
            }
        }

        foreach (var module in found.Where(m => m.State == ModuleState.Pending && disabled.Contains(m.Id)))
        {
            module.Disable("disabled by configuration (Platform:Plugins:Disabled)");
        }

        return found;
    }

    private static ModuleRuntime Inspect(string folder)
    {
        var fallbackId = Path.GetFileName(folder);
        var result = PluginManifestReader.ReadFile(Path.Combine(folder, PluginManifest.FileName));
        if (result.Manifest is null)
        {
            var invalid = new ModuleRuntime(folder, null, fallbackId);
            invalid.Fault("manifest", "invalid plugin.json: " + string.Join("; ", result.Errors));
            return invalid;
        }

        var module = new ModuleRuntime(folder, result.Manifest, fallbackId);
        if (!result.Manifest.SdkRange.Contains(PlatformSdk.Version))
        {
            module.Fault("manifest", $"built for SDK {result.Manifest.SdkRangeText}, but the host provides SDK {PlatformSdk.Version}");
        }
        else if (!File.Exists(Path.Combine(folder, result.Manifest.EntryAssembly)))
        {
            module.Fault("manifest", $"entry assembly {result.Manifest.EntryAssembly} is missing from the plugin folder");
        }

        return module;
    }
}
