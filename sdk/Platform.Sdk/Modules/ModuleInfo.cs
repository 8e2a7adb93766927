using Microsoft.Extensions.Configuration;
using Platform.Sdk.Manifest;

namespace Platform.Sdk.Modules;

/// <summary>What the host tells a module about itself while it is configured.</summary>
/// <param name="Manifest">The module's validated manifest.</param>
/// <param name="Configuration">The configuration section <c>Modules:{id}</c>, for the module's own settings.</param>
public sealed record ModuleInfo(PluginManifest Manifest, IConfiguration Configuration)
{
    /// <summary>The module id, which is also its route segment under <c>/api</c>.</summary>
    public string Id => Manifest.Id;
}
